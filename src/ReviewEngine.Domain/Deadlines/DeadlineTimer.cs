using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Deadlines;

/// <summary>
/// A durable timer: one row per open work item × rung × due date (engines.md §7 C.13). A processor claims the row
/// with a conditional update before sending, so a rung fires once across restarts and app instances. When the due
/// date moves (pause, extension) the row is cancelled, never fired, and a row for the new date is planned.
/// </summary>
public sealed class DeadlineTimer
{
    private DeadlineTimer()
    {
    }

    public DeadlineTimer(Guid caseId, Guid workItemId, DeadlineRungKind rung, DateOnly dueOn, DateOnly fireOn)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        WorkItemId = workItemId;
        Rung = rung;
        DueOn = dueOn;
        FireOn = fireOn;
        FireAtUtc = DeadlineLadder.FireAtUtc(fireOn);
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid WorkItemId { get; private set; }
    public DeadlineRungKind Rung { get; private set; }

    /// <summary>The work item's due date this row was planned for: part of the unique key.</summary>
    public DateOnly DueOn { get; private set; }

    public DateOnly FireOn { get; private set; }
    public DateTime FireAtUtc { get; private set; }

    /// <summary>Set by the atomic claim; a claim older than the lease counts as abandoned (the claimer crashed).</summary>
    public DateTime? ClaimedAtUtc { get; private set; }

    public string? ClaimedBy { get; private set; }
    public DateTime? FiredAtUtc { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }

    public bool IsPending => FiredAtUtc is null && CancelledAtUtc is null;

    public void MarkFired(DateTime nowUtc) => FiredAtUtc = nowUtc;

    public void Cancel(DateTime nowUtc) => CancelledAtUtc ??= nowUtc;
}
