using System.CommandLine;
using System.Diagnostics;
using ReviewEngine.Application.Templates;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Cli.Bench;

/// <summary>`review bench search`: query latency (p50/p99, with highlighting) of the Lucene index over
/// 10,000 synthetic clauses against a SQLite FTS5 trigram baseline over the same clauses, plus both systems'
/// MRR and recall@3 on the development query set over the real templates.</summary>
internal static class SearchBench
{
    private const int Top = 5;
    private const int WarmUp = 200;

    public static Command Create()
    {
        var clauses = new Option<int>("--clauses") { Description = "合成条款数", DefaultValueFactory = _ => 10_000 };
        var queries = new Option<int>("--queries") { Description = "计时查询次数（循环使用开发查询集）", DefaultValueFactory = _ => 3_000 };
        var dev = new Option<string?>("--dev") { Description = "开发查询集（默认 <仓库>/tests/data/search/search-dev.jsonl）" };
        var templatesDir = TemplateCliOptions.Templates();
        var command = new Command("search", "范本检索：Lucene.Net + SmartCn 与 SQLite FTS5 (trigram) 对比") { clauses, queries, dev, templatesDir };
        command.Action = new GuardedAction(parse =>
        {
            var devPath = parse.GetValue(dev) ?? DevSetEvaluation.DefaultPath();
            if (!File.Exists(devPath))
            {
                throw new BadInputException($"找不到开发查询集：{devPath}（用 --dev 指定）");
            }

            Run(parse.InvocationConfiguration.Output, TemplateCliOptions.LoadLibrary(parse.GetValue(templatesDir)),
                DevSetEvaluation.Load(devPath), Math.Max(parse.GetValue(clauses), 20), Math.Max(parse.GetValue(queries), 100));
            return 0;
        });
        return command;
    }

    private static void Run(TextWriter output, TemplateLibrary real, DevSetEvaluation dev, int clauseCount, int queryCount)
    {
        var root = Path.Combine(Path.GetTempPath(), "re-bench-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (luceneMrr, luceneRecall) = LuceneQuality(real, dev, Path.Combine(root, "quality"));
            var (ftsMrr, ftsRecall) = Fts5Quality(real, dev);
            var corpus = new TemplateLibrary(real.Directory, [.. real.Templates, .. SyntheticClauses.Generate(real, clauseCount)], "bench");
            var docs = corpus.Templates.Sum(t => t.Clauses.Count + 1);
            var words = dev.Queries.Select(q => q.Q).ToArray();

            var clock = Stopwatch.StartNew();
            using var lucene = LuceneTemplateIndex.Open(Path.Combine(root, "latency"), corpus);
            var luceneBuild = clock.ElapsedMilliseconds;
            var luceneTimes = Measure(words, queryCount, q => lucene.Search(new TemplateSearchQuery(q, Top)).Count);

            clock.Restart();
            using var fts = new Fts5Baseline(corpus.Templates);
            var ftsBuild = clock.ElapsedMilliseconds;
            var ftsTimes = Measure(words, queryCount, q => fts.Search(q, Top).Count);

            output.WriteLine($"范本检索基准：{docs:N0} 个文档（{clauseCount:N0} 条合成条款 + {real.Templates.Count} 个真实范本），{queryCount:N0} 次查询，前 {Top} 个范本含高亮，{Environment.ProcessorCount} 核，负载 {LoadAverage()}");
            var table = new TextTable("系统", "建索引 ms", "p50 ms", "p99 ms", "CPU ms/次", "MRR(dev)", "recall@3(dev)");
            table.Add("Lucene.Net + SmartCn", luceneBuild.ToString(), F(luceneTimes.P50), F(luceneTimes.P99), F(luceneTimes.CpuMs), F(luceneMrr), F(luceneRecall));
            table.Add("SQLite FTS5 trigram", ftsBuild.ToString(), F(ftsTimes.P50), F(ftsTimes.P99), F(ftsTimes.CpuMs), F(ftsMrr), F(ftsRecall));
            table.WriteTo(output);
            output.WriteLine($"比值 FTS5/Lucene：p50 {ftsTimes.P50 / luceneTimes.P50:0.00}×，p99 {ftsTimes.P99 / luceneTimes.P99:0.00}×；MRR Lucene−FTS5 = {luceneMrr - ftsMrr:+0.000;-0.000}");
            output.WriteLine($"Lucene 最慢查询（平均）：{string.Join("；", luceneTimes.Slowest.Select(x => $"{x.Query} {x.MeanMs:0.0} ms"))}");
            output.WriteLine($"目标 p99 < 10 ms：{(luceneTimes.P99 < 10 ? "达到" : "未达到")}");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    // Quality is measured on the real templates only: the synthetic clauses reuse their sentences and would
    // make every dev query ambiguous.
    private static (double, double) LuceneQuality(TemplateLibrary real, DevSetEvaluation dev, string path)
    {
        using var index = LuceneTemplateIndex.Open(path, real);
        return dev.Score(q => index.Search(new TemplateSearchQuery(q, 10)).Select(h => h.TemplateId).ToList());
    }

    private static (double, double) Fts5Quality(TemplateLibrary real, DevSetEvaluation dev)
    {
        using var fts = new Fts5Baseline(real.Templates);
        return dev.Score(q => fts.Search(q, 10).Select(h => h.TemplateId).ToList());
    }

    private static Latency Measure(string[] queries, int count, Func<string, int> search)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            search(queries[i % queries.Length]);
        }

        var times = new double[count];
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search(queries[i % queries.Length]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / count;
        var slowest = times.Select((t, i) => (Query: queries[i % queries.Length], Ms: t)).GroupBy(x => x.Query)
            .Select(g => (g.Key, g.Average(x => x.Ms))).OrderByDescending(x => x.Item2).Take(3).ToList();
        Array.Sort(times);
        return new Latency(times[(count - 1) / 2], times[(int)Math.Ceiling(count * 0.99) - 1], cpuMs, slowest);
    }

    private sealed record Latency(double P50, double P99, double CpuMs, List<(string Query, double MeanMs)> Slowest);

    // Other builds on a shared machine inflate wall-clock latency; the load average tells the reader by how much.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(double value) => value.ToString("0.000");
}
