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

    internal WorkItem(Guid caseId, string state, int round, string role, string organisationId, string? assigneeId, DateOnly? dueOn, bool excludeDrafter, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        State = state;
        Round = round;
        Role = role;
        OrganisationId = organisationId;
        AssigneeId = assigneeId;
        DueOn = dueOn;
        ExcludeDrafter = excludeDrafter;
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
    public bool ExcludeDrafter { get; private set; }
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
