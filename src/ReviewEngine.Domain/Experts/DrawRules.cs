namespace ReviewEngine.Domain.Experts;

/// <summary>
/// District-configurable draw rules (domain.md §4.2). Defaults: 3 experts, 5 for 重大行政决策 (衢州 ≥5 for city
/// decisions), government-department experts at most one third, earlier rounds' experts excluded, 5 working days
/// to answer (materials "one week in advance"), 365 days of history for the fewer-recent-consultations preference.
/// </summary>
public sealed record DrawRules(
    int DefaultSize = 3,
    int MajorDecisionSize = 5,
    bool ExcludeEarlierRounds = true,
    int ConsultationWorkingDays = 5,
    int RecentDays = 365)
{
    public int SizeFor(string matterKind) => matterKind == Reviews.MatterKind.MajorDecision ? MajorDecisionSize : DefaultSize;

    /// <summary>At most one third of the panel (rounded down) may come from government departments.</summary>
    public static int MaxGovernment(int size) => size / 3;
}
