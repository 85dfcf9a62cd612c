namespace ReviewEngine.Domain.Workflows;

/// <summary>The review period in working days, the one extension a review lead may grant, and a legal minimum (重大行政决策: ≥ 7).</summary>
public sealed record ReviewClockPolicy(int WorkingDays, int ExtensionWorkingDays, int MinimumWorkingDays);
