using ReviewEngine.Domain.Notifications;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>Hand-off notices: produced with the audit event of each step, saved by the repository in the same transaction.</summary>
public sealed partial class ReviewCase
{
    private readonly List<HandoffNotice> _newNotices = [];

    public IReadOnlyList<HandoffNotice> DequeueNotices() => Dequeue(_newNotices);

    /// <summary>Call after the step's audit event is recorded: the notices carry its sequence number as their event key.</summary>
    private void QueueNotices(WorkflowDefinition wf, ActionDefinition? action, StateDefinition? entered, IReadOnlyList<WorkItem> created, string? comment, ActionContext ctx) =>
        _newNotices.AddRange(HandoffNotices.For(this, wf, action, entered, created, comment, ctx));

    /// <summary>After the step's audit event: the named new holder of <paramref name="task"/> hears of it.</summary>
    internal void QueueAssignedNotice(WorkItem task, string what, string? reason, ActionContext ctx) =>
        _newNotices.Add(HandoffNotices.Assigned(this, task, what, reason, ctx));
}
