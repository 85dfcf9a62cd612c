using System.Text.Json;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Bench;

/// <summary>The development query set (<c>&lt;repo&gt;/tests/data/search/search-dev.jsonl</c>) and its metrics:
/// MRR of the first relevant template and recall@3 (share of relevant templates in the first three).</summary>
internal sealed class DevSetEvaluation(IReadOnlyList<DevSetEvaluation.Query> queries)
{
    public IReadOnlyList<Query> Queries { get; } = queries;

    public static string DefaultPath() =>
        Path.GetFullPath(Path.Combine(RepositoryLocator.FindRoot() ?? ".", "tests", "data", "search", "search-dev.jsonl"));

    public static DevSetEvaluation Load(string path)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return new(File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<Query>(l, options)!).ToList());
    }

    public (double Mrr, double RecallAt3) Score(Func<string, IReadOnlyList<string>> rank)
    {
        double mrr = 0, recall = 0;
        foreach (var q in Queries)
        {
            var ranked = rank(q.Q);
            var first = ranked.Select((id, i) => (id, i)).FirstOrDefault(x => q.Relevant.Contains(x.id), (id: "", i: -1)).i;
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            recall += (double)ranked.Take(3).Count(q.Relevant.Contains) / q.Relevant.Count;
        }

        return (mrr / Queries.Count, recall / Queries.Count);
    }

    internal sealed record Query(string Q, List<string> Relevant);
}
