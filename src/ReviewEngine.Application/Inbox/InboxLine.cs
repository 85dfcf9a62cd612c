using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Inbox;

/// <summary>
/// One line of 我的待办, kept for every open work item in the transaction that opens, changes or closes it (ADR 0009):
/// the task's columns and its case's, so the inbox reads one table without a join. The state's label is not stored:
/// it is the workflow file's, looked up when read, so editing a label needs no rebuild.
/// </summary>
public sealed class InboxLine
{
    private InboxLine()
    {
        CaseNumber = Title = Kind = WorkflowId = State = Role = OrganisationId = "";
    }

    public Guid TaskId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; }
    public string Title { get; private set; }
    public string Kind { get; private set; }
    public string WorkflowId { get; private set; }
    public string State { get; private set; }
    public string Role { get; private set; }
    public string OrganisationId { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? ExcludedUserId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The line of an open task, or a key-only line to delete or to update column by column.</summary>
    public static InboxLine Of(Guid taskId) => new() { TaskId = taskId };

    public static InboxLine Of(WorkItem task, ReviewCase c) => Of(task.Id).WithTask(task).WithCase(c.Number, c.Title, c.Kind, c.WorkflowId, c.State);

    /// <summary>The task's own columns (claim, release, reassign, a moved due date).</summary>
    public InboxLine WithTask(WorkItem task)
    {
        CaseId = task.CaseId;
        Role = task.Role;
        OrganisationId = task.OrganisationId;
        AssigneeId = task.AssigneeId;
        ExcludedUserId = task.ExcludedUserId;
        DueOn = task.DueOn;
        CreatedAtUtc = task.CreatedAtUtc;
        return this;
    }

    /// <summary>The case's columns (its state after every action).</summary>
    public InboxLine WithCase(string number, string title, string kind, string workflowId, string state)
    {
        CaseNumber = number;
        Title = title;
        Kind = kind;
        WorkflowId = workflowId;
        State = state;
        return this;
    }

    /// <summary>Every column equal: the maintained line is the one the source tables define.</summary>
    public bool SameAs(InboxLine other) =>
        (TaskId, CaseId, CaseNumber, Title, Kind, WorkflowId, State, Role, OrganisationId, AssigneeId, ExcludedUserId, DueOn, CreatedAtUtc)
        == (other.TaskId, other.CaseId, other.CaseNumber, other.Title, other.Kind, other.WorkflowId, other.State, other.Role, other.OrganisationId,
            other.AssigneeId, other.ExcludedUserId, other.DueOn, other.CreatedAtUtc);

    public override string ToString() =>
        $"{TaskId} {CaseNumber} 「{Title}」 {Kind}/{WorkflowId}/{State} {Role}@{OrganisationId} assignee={AssigneeId} excluded={ExcludedUserId} due={DueOn} created={CreatedAtUtc:O}";
}
