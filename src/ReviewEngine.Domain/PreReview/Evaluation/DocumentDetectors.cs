using System.Globalization;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Detectors that look at the document as a whole: absence of required items, dates, validity, metadata.</summary>
internal static partial class DocumentDetectors
{
    public static IEnumerable<Hit> Absence(Detector d, AnalysisContext ctx)
    {
        // Each clause read with the articles it builds on, once for all the groups.
        var texts = ctx.Clauses.Select((c, i) => WithReferencedArticles(c, i, ctx)).ToList();
        var missing = d.Groups
            .Where(g => g.OnlyIf.Count == 0 || PatternDetector.AnyMatch(g.OnlyIf, ctx.Text, ctx))
            .Where(g => !texts.Any(text => Satisfies(g, text, ctx)))
            .Select(g => g.Name)
            .ToList();
        if (missing.Count > 0)
        {
            yield return new Hit(Clause.WholeDocumentLabel, 0, 0, "缺少：" + string.Join("、", missing), "缺少：" + string.Join("、", missing) + "。");
        }
    }

    public static IEnumerable<Hit> DateOrder(Detector d, AnalysisContext ctx)
    {
        var facts = ctx.Facts;
        if (d.Check == "appliesBeforeDrafted")
        {
            // "2025年1月1日以后发生的…依照本办法处理" in a document drafted later: the text reaches back whatever it says
            // about its own start.
            foreach (var hit in AppliesBeforeDrafted(d, ctx))
            {
                yield return hit;
                yield break;
            }
            yield break;
        }
        var fires = d.Check switch
        {
            "effectiveBeforeDrafted" => facts.EffectiveOn is { } effective && facts.DraftedOn is { } drafted && effective < drafted && !facts.EffectiveOnIssue,
            _ => facts.EffectiveOnIssue,
        };
        if (fires)
        {
            var detail = $"施行日期 {Format(facts.EffectiveOn)}，成文日期 {Format(facts.DraftedOn)}。";
            yield return At(facts.EffectiveClause, detail);
        }
    }

    private static IEnumerable<Hit> AppliesBeforeDrafted(Detector d, AnalysisContext ctx)
    {
        if (ctx.Facts.DraftedOn is not { } drafted)
        {
            yield break;
        }
        // A sentence that lets people apply for a benefit from that date (…以后取得评定的，可以依照本办法申请扶持) reaches
        // back in their favour: the detector's unless patterns say which.
        // The unless test runs only on a sentence that names a start date: run on every sentence it cost a third of the
        // whole pre-review of a typical document (docs/benchmarks.md, fifteenth round).
        foreach (var sentence in ctx.Sentences)
        {
            foreach (var regex in d.Any)
            {
                var m = regex.Match(sentence.Text);
                if (m.Success && ChineseDate.TryParse(m, out var from) && from < drafted
                    && !PatternDetector.AnyMatch(d.Unless, sentence.Text))
                {
                    yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(),
                        $"适用起点 {from:yyyy-MM-dd}，成文日期 {drafted:yyyy-MM-dd}。");
                }
            }
        }
    }

    public static IEnumerable<Hit> Validity(Detector d, AnalysisContext ctx)
    {
        var facts = ctx.Facts;
        if (d.Check == "missing" && !facts.ValidityStated)
        {
            yield return new Hit(Clause.WholeDocumentLabel, 0, 0, "未载明有效期");
        }
        else if (d.Check == "longerThanYears" && facts.ValidityYears is { } years && years > d.Value)
        {
            yield return At(facts.ValidityClause, $"有效期约 {years.ToString("0.#", CultureInfo.InvariantCulture)} 年。");
        }
    }

    public static IEnumerable<Hit> Metadata(Detector d, AnalysisContext ctx)
    {
        if (d.Condition == "lacks")
        {
            // Only a listed file can lack something: without a list the material may simply not have been named.
            var absent = ctx.File.StatedAbsent(d.Any);
            if (absent is not null || (ctx.File.ListKnown && !ctx.File.HasMaterial(d.Any)))
            {
                yield return new Hit(Clause.MetaLabel, 0, 0, absent ?? "送审材料：未见" + Describe(d.Any[0]));
            }
            yield break;
        }
        if (d.Condition == "daysBetween")
        {
            // 公布日期：2026-05-08 and 备案日期：2026年7月2日: calendar days, as the filing rule counts them (15 日).
            if (FactDate(ctx, d.FromFact!) is { } from && FactDate(ctx, d.ToFact!) is { } to && to.Date.DayNumber - from.Date.DayNumber > d.Value)
            {
                yield return new Hit(Clause.MetaLabel, 0, 0, $"{from.Line}；{to.Line}（相隔 {to.Date.DayNumber - from.Date.DayNumber} 日）");
            }
            yield break;
        }
        if (d.Condition == "stated")
        {
            if (ctx.File.Stated(d.Any) is { } line)
            {
                yield return new Hit(Clause.MetaLabel, 0, 0, line);
            }
            yield break;
        }
        var value = MetaValue(d.Field!, ctx);
        var fires = d.Condition switch
        {
            "missing" => value is null,
            "false" => value is false,
            "notTrue" => value is not true,
            _ => value is int number && number < d.Value,
        };
        if (fires)
        {
            var shown = value switch { null => "未提供", bool b => b ? "是" : "否", _ => Convert.ToString(value, CultureInfo.InvariantCulture) };
            // The excerpt is read by the registrar and the reviewer: the form's field in its own words.
            yield return new Hit(Clause.MetaLabel, 0, 0, $"{FieldLabel(d.Field!)}：{shown}");
        }
    }

    public static IEnumerable<Hit> NatureMismatch(AnalysisContext ctx)
    {
        var submitted = ctx.Kind switch
        {
            PreReviewKind.AdminAgreement => ContractNature.Administrative,
            PreReviewKind.AgencyCivilContract => ContractNature.Civil,
            _ => ContractNature.None,
        };
        if (submitted != ContractNature.None && ctx.Facts.Nature != submitted)
        {
            var title = PatternDetector.TitleHit(ctx);
            var nature = ctx.Facts.Nature == ContractNature.Administrative ? "行政协议" : "民事合同";
            yield return title with { Detail = $"按“{ctx.Facts.Subtype}”类合同，宜按{nature}审查。" };
        }
    }

    /// <summary>
    /// A clause that builds on another article (依照本协议第三条规定变更或者解除…的，甲方依法予以补偿; 依照前项变更或者解除
    /// 本协议的，…依法予以补偿) says what that article says too: an item split over the two is present.
    /// </summary>
    private static string WithReferencedArticles(Clause clause, int index, AnalysisContext ctx)
    {
        var referenced = ArticleReference().Matches(clause.Text)
            .Select(m => m.Groups["label"].Value)
            .Where(label => label != clause.TopLabel)
            .Distinct()
            .SelectMany(label => ctx.Clauses.Where(c => c.TopLabel == label).Select(c => c.Text))
            .ToList();
        if (index > 0 && PrecedingReference().IsMatch(clause.Text))
        {
            referenced.Add(ctx.Clauses[index - 1].Text);
        }
        return referenced.Count == 0 ? clause.Text : clause.Text + "\n" + string.Join("\n", referenced);
    }

    [GeneratedRegex(@"(依照|依据|根据|按照|依)本(协议|合同)(?<label>第[一二三四五六七八九十百零〇\d]+条)")]
    private static partial Regex ArticleReference();

    [GeneratedRegex(@"(依照|依据|根据|按照|依|因)(前项|前款|前条|上款|上项|上条|上述)")]
    private static partial Regex PrecedingReference();

    private static bool Satisfies(RequiredGroup g, string text, AnalysisContext ctx) =>
        PatternDetector.AnyAndAll(g.Any, g.All, r => ctx.IsMatch(r, text));

    private static object? MetaValue(string field, AnalysisContext ctx)
    {
        var meta = ctx.Input.Meta;
        return field switch
        {
            "issuer" => meta.Issuer,
            "draftedOn" => ctx.Facts.DraftedOn,
            "effectiveOn" => ctx.Facts.EffectiveOn,
            "publicCommentDays" => meta.PublicCommentDays ?? ctx.File.CommentDays,
            "fairCompetitionReview" => meta.FairCompetitionReview ?? ctx.File.FairCompetitionReview,
            "subtype" => ctx.Facts.Subtype,
            "counterparty" => meta.Counterparty,
            "amount" => meta.Amount,
            _ => meta.Attachments is { Count: > 0 } list ? list : null,
        };
    }

    // The first alternative of a material's pattern names it for the reader (起草说明|说明 → 起草说明).
    private static string Describe(System.Text.RegularExpressions.Regex names) =>
        names.ToString().Split('|')[0].Trim('(', ')', '^', '$');

    private static Hit At(Clause? clause, string detail) => clause is null
        ? new Hit(Clause.WholeDocumentLabel, 0, 0, string.Empty, detail)
        : new Hit(clause.Label, clause.Start, clause.End, clause.Text, detail);

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未知";

    private static (DateOnly Date, string Line)? FactDate(AnalysisContext ctx, System.Text.RegularExpressions.Regex key)
    {
        foreach (var line in ctx.File.Lines)
        {
            var colon = line.IndexOf('：');
            if (colon > 0 && key.IsMatch(line[..colon]) && FactDates.Parse(line[(colon + 1)..]) is { } date)
            {
                return (date, line);
            }
        }
        return null;
    }

    private static string FieldLabel(string field) => field switch
    {
        "issuer" => "制定机关",
        "draftedOn" => "起草日期",
        "effectiveOn" => "施行日期",
        "publicCommentDays" => "公开征求意见天数",
        "fairCompetitionReview" => "公平竞争审查",
        "subtype" => "协议类别",
        "counterparty" => "相对人",
        "amount" => "金额",
        "attachments" => "送审材料",
        _ => field,
    };
}
