namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// Which hand-offs notify whom. A definition that declares <c>notify</c> anywhere is taken at its word (a state or
/// action without the key notifies nobody). One that declares none — every snapshot pinned before notifications, and
/// schemaVersion 1 files — gets the default derived from its structure (docs/adr/0013-notifications.md): entering a
/// state with a task tells its assignees, and the action that records the opinion's approval (意见书出具) tells the submitter.
/// </summary>
public static class WorkflowNotify
{
    public static bool Declares(WorkflowDefinition wf) =>
        wf.States.Any(s => s.Notify is not null || s.Actions.Any(a => a.Notify is not null));

    public static IReadOnlyList<NotifyRule> OnEntry(WorkflowDefinition wf, StateDefinition state) =>
        Declares(wf) ? state.Notify ?? [] : state.Task is null ? [] : [NotifyRule.Assignees];

    public static IReadOnlyList<NotifyRule> OnAction(WorkflowDefinition wf, ActionDefinition action) =>
        Declares(wf) ? action.Notify ?? [] : action.Records == ActionRecord.OpinionApproval ? [NotifyRule.Submitter] : [];
}
