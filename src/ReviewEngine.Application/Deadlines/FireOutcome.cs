namespace ReviewEngine.Application.Deadlines;

/// <summary>What one send attempt did: sent, cancelled as stale, or skipped because the row is not (or no longer) ours.</summary>
public enum FireOutcome
{
    Fired,
    Cancelled,
    NotClaimed,
}
