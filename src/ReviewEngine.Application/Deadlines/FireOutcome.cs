namespace ReviewEngine.Application.Deadlines;

/// <summary>What one send attempt did: sent, cancelled as stale, skipped because the row is not (or no longer) ours, or
/// marked fired without a notice because the recipient already has the same one.</summary>
public enum FireOutcome
{
    Fired,
    Cancelled,
    NotClaimed,
    Duplicate,
}
