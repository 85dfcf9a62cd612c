using ReviewEngine.Application.Templates;
using Xunit.Abstractions;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>Runs the development query set against the real templates and prints MRR and recall@3.
/// Goals from issue 4: MRR ≥ 0.85 and recall@3 ≥ 0.95.</summary>
public sealed class SearchQualityTests(TemplateIndexFixture fixture, ITestOutputHelper output) : IClassFixture<TemplateIndexFixture>
{
    [Fact]
    public void DevSetMeetsMrrAndRecallGoals()
    {
        var queries = SearchDevSet.Load();
        double mrr = 0, recall3 = 0;
        foreach (var q in queries)
        {
            var ranked = fixture.Index.Search(new TemplateSearchQuery(q.Q, Top: 10)).Select(h => h.TemplateId).ToList();
            var rr = RankingMetrics.ReciprocalRank(ranked, q.Relevant.ToList());
            var r3 = RankingMetrics.RecallAt(3, ranked, q.Relevant.ToList());
            mrr += rr;
            recall3 += r3;
            output.WriteLine($"{rr:0.00} {r3:0.00}  {q.Q}  →  {string.Join(", ", ranked.Take(3))}  (want {string.Join(", ", q.Relevant)})");
        }

        mrr /= queries.Count;
        recall3 /= queries.Count;
        output.WriteLine($"queries={queries.Count} MRR={mrr:0.000} recall@3={recall3:0.000}");
        Assert.True(queries.Count >= 31, $"dev set has {queries.Count} queries");
        Assert.True(mrr >= 0.85, $"MRR {mrr:0.000} < 0.85");
        Assert.True(recall3 >= 0.95, $"recall@3 {recall3:0.000} < 0.95");
    }
}
