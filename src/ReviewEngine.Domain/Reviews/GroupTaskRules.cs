using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// What happens to a group state's members besides answering (专家论证): a member declines and a replacement takes
/// the seat, and the deadline passes with a quorum in. Each step is audited on the case.
/// </summary>
internal static class GroupTaskRules
{
    public static async Task DeclineAsync(ReviewCase c, WorkflowDefinition wf, string reason, string? replacementUserId, object? data, ActionContext ctx)
    {
        var state = wf.State(c.State);
        var task = c.OpenTasks.FirstOrDefault(t => t.State == c.State && t.AssigneeId == ctx.Actor.UserId && t.Role == ctx.Actor.Role);
        if (state.Task is not { IsGroup: true } policy || task is null)
        {
            throw new ActionNotAllowedException(["没有分派给您的论证任务"]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ActionRejectedException("拒绝参加论证", ["须说明拒绝理由"]);
        }

        task.Cancel($"拒绝：{reason.Trim()}", ctx.NowUtc);
        WorkItem? replacement = null;
        if (replacementUserId is not null)
        {
            replacement = new WorkItem(c.Id, c.State, c.Round, policy.Role, task.OrganisationId, replacementUserId, task.DueOn, task.ExcludedUserId, ctx.NowUtc);
            c.AddTask(replacement);
        }

        c.Record(ctx, "declineConsultation", c.State, c.State, task.Id, reason.Trim(), null, new { replacement = replacementUserId, draw = data });
        if (replacement is not null && WorkflowNotify.OnEntry(wf, state).Contains(NotifyRule.Assignees))
        {
            // The invitation the replacement would have had on entry (专家论证 邀请), by the same notify rule.
            c.QueueAssignedNotice(replacement, $"另一位专家拒绝参加，邀请您参加「{state.Label}」", null, ctx);
        }

        await c.CompleteGroupIfDoneAsync(wf, ctx);
    }

    /// <summary>
    /// After every open member's deadline has passed, a quorum completes the state: the rule's quorum for
    /// <c>quorum</c>, otherwise a majority of the panel. Returns whether the state completed.
    /// </summary>
    public static async Task<bool> CompleteAfterDeadlineAsync(ReviewCase c, WorkflowDefinition wf, ActionContext ctx)
    {
        if (wf.State(c.State).Task?.Completion is not { } rule)
        {
            return false;
        }

        var group = c.Tasks.Where(t => t.State == c.State && t.Round == c.Round && t.Status != WorkItemStatus.Cancelled).ToList();
        var open = group.Where(t => t.IsOpen).ToList();
        var done = group.Count(t => t.Status == WorkItemStatus.Completed);
        if (open.Count == 0 || open.Any(t => t.DueOn is not { } due || due >= ctx.Today) || !rule.IsSatisfiedAfterDeadline(done, group.Count))
        {
            return false;
        }

        var system = ctx with { Actor = Actor.SystemActor };
        c.Record(system, "consultationDeadline", c.State, c.State, null, $"论证期限届满：{group.Count} 位中 {done} 位已提交意见，达到法定人数", null,
            new { done, total = group.Count });
        await c.PerformAsync(new ActionRequest(rule.OnCompleteActionId), wf, system);
        return true;
    }
}
