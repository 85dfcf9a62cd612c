using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Notifications;

/// <summary>
/// Turns one audited step (a submission or an action) into the notices its pinned definition's <c>notify</c> lists
/// ask for (<see cref="WorkflowNotify"/>). Task notices come first, so a person told twice about one event (the
/// drafter is the submitter and holds the 采纳反馈 task) keeps the actionable one.
/// </summary>
public static class HandoffNotices
{
    private const int MaxText = 500;

    public static IReadOnlyList<HandoffNotice> For(ReviewCase c, WorkflowDefinition wf, ActionDefinition? action, StateDefinition? entered,
        IReadOnlyList<WorkItem> created, string? comment, ActionContext ctx)
    {
        var what = action is null ? $"{ctx.Actor.DisplayName} 送审" : $"{ctx.Actor.DisplayName}「{action.Label}」";
        var reason = string.IsNullOrWhiteSpace(comment) ? "" : $"说明：{comment.Trim()}";
        var subject = $"案件 {c.Number}「{c.Title}」";
        var stateLabel = wf.State(c.State).Label;
        var result = new List<HandoffNotice>();

        HandoffNotice Notice(NotificationKind kind, NotificationRecipient to, string text, string? excluded = null) =>
            new(c.Id, c.Number, $"e{c.EventCount}", kind, to, excluded, ctx.Actor.UserId, Clip(text), ctx.NowUtc);

        foreach (var rule in entered is null ? [] : WorkflowNotify.OnEntry(wf, entered))
        {
            if (rule.To == NotifyAudience.Assignees)
            {
                result.AddRange(created.Select(t => t.AssigneeId is { } user
                    ? Notice(NotificationKind.TaskAssigned, NotificationRecipient.User(user), $"【待办】{subject}：{what}，请办理「{stateLabel}」{Due(t)}。{reason}")
                    : Notice(NotificationKind.TaskOffered, NotificationRecipient.RoleIn(t.Role, t.OrganisationId),
                        $"【待认领】{subject}：{what}，「{stateLabel}」待{Roles.Label(t.Role)}认领办理{Due(t)}。{reason}", t.ExcludedUserId)));
            }
        }

        var progress = $"【{action?.Label ?? "送审"}】{subject}：{what}，现处于「{stateLabel}」。{reason}";
        var rules = (entered is null ? [] : WorkflowNotify.OnEntry(wf, entered)).Concat(action is null ? [] : WorkflowNotify.OnAction(wf, action));
        foreach (var rule in rules.Where(r => r.To != NotifyAudience.Assignees))
        {
            var to = rule.To == NotifyAudience.Submitter
                ? NotificationRecipient.User(c.DrafterId)
                : NotificationRecipient.RoleIn(rule.Role!, rule.Org == TaskScope.District ? c.DistrictId : c.TownshipId);
            result.Add(Notice(NotificationKind.CaseProgress, to, progress));
        }

        return result;
    }

    /// <summary>A task handed to a named person outside a transition (转办, an expert taking a decliner's seat): 待办 for them.</summary>
    public static HandoffNotice Assigned(ReviewCase c, WorkItem task, string what, string? reason, ActionContext ctx)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? "" : $"说明：{reason.Trim()}";
        var text = $"【待办】案件 {c.Number}「{c.Title}」：{what}，请办理{Due(task)}。{why}";
        return new(c.Id, c.Number, $"e{c.EventCount}", NotificationKind.TaskAssigned, NotificationRecipient.User(task.AssigneeId!), null, ctx.Actor.UserId, Clip(text), ctx.NowUtc);
    }

    private static string Due(WorkItem t) => t.DueOn is { } d ? $"（{d:yyyy年M月d日}前）" : "";

    private static string Clip(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
}
