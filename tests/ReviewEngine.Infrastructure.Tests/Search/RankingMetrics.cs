namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>MRR (reciprocal rank of the first relevant template) and recall@k (share of the relevant
/// templates found in the first k), averaged over queries.</summary>
public static class RankingMetrics
{
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant) =>
        (double)ranked.Take(k).Count(relevant.Contains) / relevant.Count;
}
