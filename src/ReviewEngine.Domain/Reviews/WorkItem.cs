namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// A task a person acts on (待办). Parallel work (an expert panel) is several work items in one state,
/// never parallel state-machine states: Stateless has no parallel regions.
/// </summary>
public sealed class WorkItem
{
    private WorkItem()
    {
        State = Role = OrganisationId = "";
    }

    internal WorkItem(Guid caseId, string state, int round, string role, string organisationId, string? assigneeId, DateOnly? dueOn, string? excludedUserId, DateTime createdAtUtc)
    {
        // Time-ordered (UUIDv7): a new task's key goes to the end of the primary-key index, not into a random leaf page.
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        State = state;
        Round = round;
        Role = role;
        OrganisationId = organisationId;
        AssigneeId = assigneeId;
        DueOn = dueOn;
        ExcludedUserId = excludedUserId;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string State { get; private set; }
    public int Round { get; private set; }
    public string Role { get; private set; }
    public string OrganisationId { get; private set; }
    public string? AssigneeId { get; private set; }
    public WorkItemStatus Status { get; private set; }
    public DateOnly? DueOn { get; private set; }
    /// <summary>
    /// 内部分离: the one user who may not hold this task — the case's drafter on a review step. Stored on the task rather
    /// than looked up on the case so the inbox filters on work-item columns alone (docs/benchmarks.md, 我的待办).
    /// </summary>
    public string? ExcludedUserId { get; private set; }

    public bool Excludes(string userId) => ExcludedUserId == userId;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Optimistic-concurrency token, incremented on every save that changes the row.</summary>
    public long Version { get; private set; }

    public bool IsOpen => Status == WorkItemStatus.Open;

    internal void Claim(string userId) => AssigneeId = userId;

    internal void Release() => AssigneeId = null;

    internal void Complete(string userId, string outcome, DateTime nowUtc) => Close(WorkItemStatus.Completed, userId, outcome, nowUtc);

    internal void Cancel(string reason, DateTime nowUtc) => Close(WorkItemStatus.Cancelled, "system", reason, nowUtc);

    internal void MoveDue(DateOnly? dueOn) => DueOn = dueOn;

    public void IncrementVersion() => Version++;

    private void Close(WorkItemStatus status, string userId, string outcome, DateTime nowUtc)
    {
        Status = status;
        ClosedBy = userId;
        Outcome = outcome;
        ClosedAtUtc = nowUtc;
    }
}
