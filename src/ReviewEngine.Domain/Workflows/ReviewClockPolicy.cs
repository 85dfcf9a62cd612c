namespace ReviewEngine.Domain.Workflows;

/// <summary>The review period in working days, the one extension a review lead may grant, and a legal minimum (重大行政决策: ≥ 7).</summary>
public sealed record ReviewClockPolicy(int WorkingDays, int ExtensionWorkingDays, int MinimumWorkingDays)
{
    /// <summary>
    /// The minimum is reserved before the collective meeting (重大行政决策, 暂行条例第二十六条): the meeting recorded by a
    /// <c>records: deliberation</c> action must come after the opinion and at least that many review days after acceptance,
    /// and its record names the meeting materials.
    /// </summary>
    public bool ReserveBeforeMeeting { get; init; }
}
