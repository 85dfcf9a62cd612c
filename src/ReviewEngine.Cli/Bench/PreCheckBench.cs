using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Infrastructure.PreReview;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// `review bench precheck`: documents per second of the full pre-review (segmentation, facts, all rules,
/// conclusion) on a typical ~3,000-character normative document, against a naive baseline that runs every
/// rule regex once over the raw text. Target: ≥ 200 documents/s.
/// </summary>
public static class PreCheckBench
{
    // Typical township articles: lawful ones and the usual defects, numbered 第一条… until ~3,000 characters.
    private static readonly string[] ArticleBodies =
    [
        "为规范本镇农村生活垃圾分类工作，改善农村人居环境，根据《中华人民共和国固体废物污染环境防治法》《浙江省生活垃圾管理条例》等法律法规，结合本镇实际，制定本办法。",
        "本办法适用于本镇行政区域内农村生活垃圾的分类投放、分类收集、分类运输和分类处理及其监督管理活动。",
        "镇人民政府负责统筹本镇农村生活垃圾分类工作，各村民委员会负责组织本村村民开展分类投放，镇村镇建设办公室承担日常指导和协调工作。",
        "产生生活垃圾的村民和单位应当依法履行分类投放义务，将生活垃圾分为易腐垃圾、可回收物、有害垃圾和其他垃圾，分别投放至相应的收集容器。",
        "各村应当按照服务半径合理设置分类收集点，配备分类收集容器，并在收集点公示分类标准、收集时间和监督电话。",
        "镇人民政府按每人每月二元的标准向农户收取生活垃圾处理费，由各村代收后按季度上缴镇财政。",
        "不按规定分类投放生活垃圾、经劝阻仍不改正的，由镇综合行政执法队予以通报批评，并对个人处五十元以上二百元以下罚款。",
        "对拒不缴纳垃圾处理费的农户，由村级供水站暂停对其供水，直至缴清为止。",
        "镇人民政府定期组织开展农村生活垃圾分类评比，评比结果在镇政府门户网站公示，对工作成效突出的村给予通报表扬。",
        "收运企业应当按照分类标准使用专用车辆分类运输，不得混装混运，并建立收运台账，如实记录收运时间、种类和数量。",
        "镇人民政府应当建立农村生活垃圾分类工作考核制度，考核结果作为村级组织年度工作评价的参考。",
        "村民对违反本办法的行为，可以向镇人民政府或者村民委员会投诉举报，接到投诉举报的应当及时核实处理并告知处理结果。",
    ];

    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { Description = "Documents analysed per measurement", DefaultValueFactory = _ => 2000 };
        var rules = new Option<string?>("--rules") { Description = "Directory of checklist rule files (default: workflows/checklists)" };
        var top = new Option<int>("--top") { Description = "Also list the N costliest detectors in the pre-review of the bench document", DefaultValueFactory = _ => 0 };
        var command = new Command("precheck", "Pre-review throughput on a ~3,000-character document vs a naive regex pass") { iterations, rules, top };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output, Math.Max(parse.GetValue(iterations), 10), parse.GetValue(rules), parse.GetValue(top)));
        return command;
    }

    public static string TypicalDocument()
    {
        var text = new StringBuilder("《××镇农村生活垃圾分类管理办法》\n");
        for (var i = 0; text.Length < 3000; i++)
        {
            text.Append('第').Append(ArticleNumber(i + 1)).Append("条 ").Append(ArticleBodies[i % ArticleBodies.Length]).Append('\n');
        }
        text.Append("第").Append(ArticleNumber(100)).Append("条 本办法自2026年7月1日起施行，有效期至2029年6月30日。\n××镇人民政府\n2026年5月20日");
        return text.ToString();
    }

    private static int Run(TextWriter output, int iterations, string? rulesDirectory, int top = 0)
    {
        var directory = ChecklistDirectory.Locate(rulesDirectory);
        var text = TypicalDocument();
        var input = new PreReviewInput(PreReviewKind.NormativeDoc, "农村生活垃圾分类管理办法", text,
            new PreReviewMeta { DraftedOn = new DateOnly(2026, 5, 20), PublicCommentDays = 30, FairCompetitionReview = true });
        // Interpreted regexes are what the one-shot CLI uses; compiled ones suit a long-running process.
        foreach (var (mode, options) in new[] { ("interpreted", RegexOptions.None), ("compiled", RegexOptions.Compiled) })
        {
            var rules = FileRuleCatalog.Load(directory, options);
            var engine = new PreReviewEngine(rules);
            var patterns = rules.AllPatterns().ToList();
            var report = engine.Analyze(input);
            var baseline = Measure(iterations, () => patterns.Count(p => p.IsMatch(text)));
            var engineRate = Measure(iterations, () => engine.Analyze(input).Findings.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{mode} regexes] document: {text.Length} characters, {report.Clauses.Count} clauses; rules: {rules.Rules.Count}, regexes: {patterns.Count}; {rules.Literals.Patterns} patterns carry required literals ({rules.Literals.Count} distinct); findings: {report.Findings.Count} ({report.ConclusionLabel})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline (one naive pass of every regex over the raw text): {baseline:F0} docs/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precheck (segmentation, facts, all rules, conclusion):      {engineRate:F0} docs/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio precheck/baseline: {engineRate / baseline:F2}; target ≥ 200 docs/s: {(engineRate >= 200 ? "met" : "NOT met")}"));
        }
        output.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        if (top > 0)
        {
            DetectorCosts.Print(output, new PreReviewEngine(FileRuleCatalog.Load(directory, RegexOptions.None)), input, top);
        }
        return 0;
    }

    private static double Measure(int iterations, Func<int> work)
    {
        for (var i = 0; i < Math.Min(iterations / 10, 100); i++)
        {
            work();
        }
        var watch = Stopwatch.StartNew();
        var sink = 0;
        for (var i = 0; i < iterations; i++)
        {
            sink += work();
        }
        watch.Stop();
        GC.KeepAlive(sink);
        return iterations / watch.Elapsed.TotalSeconds;
    }

    private static string ArticleNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
            < 100 => digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
            _ => "一百",
        };
    }
}
