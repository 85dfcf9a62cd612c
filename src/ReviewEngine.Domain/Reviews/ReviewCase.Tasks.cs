using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>Work items of the case: claim/release/转办, creation on entering a state, and group (expert panel) completion.</summary>
public sealed partial class ReviewCase
{
    /// <param name="wf">The case's pinned definition: its task policy may keep listed people off the task (内部分离).</param>
    public void ClaimTask(Guid taskId, ActionContext ctx, WorkflowDefinition? wf = null) => TaskAssignmentRules.Claim(this, taskId, ctx, wf);

    public void ReleaseTask(Guid taskId, ActionContext ctx) => TaskAssignmentRules.Release(this, taskId, ctx);

    public void ReassignTask(Guid taskId, UserAccount to, Organisation toOrganisation, string reason, ActionContext ctx, WorkflowDefinition? wf = null) =>
        TaskAssignmentRules.Reassign(this, taskId, to, toOrganisation.Id, toOrganisation.Kind, reason, ctx, wf);

    /// <summary>Tasks with a deadline of their own keep it when the review clock moves: a fixed period in the workflow, or an
    /// invitation to named members (专家论证), whose answer-by date was set when they were invited.</summary>
    private static bool HasOwnDeadline(WorkflowDefinition wf, WorkItem t) =>
        wf.State(t.State).Task is { } p && (p.DeadlineWorkingDays is not null || p.Assignment == TaskAssignment.Chosen);

    private List<WorkItem> CreateTasks(StateDefinition state, ActionRequest? r, ActionContext ctx)
    {
        if (state.Task is not { } policy)
        {
            return [];
        }

        var org = policy.Scope == TaskScope.District ? DistrictId : TownshipId;
        var due = r?.TaskDueOn ?? (policy.DeadlineWorkingDays is { } days ? ctx.Calendar.AddWorkingDays(ctx.Today, days).Date : DueOn);
        var assignees = policy.Assignment switch
        {
            TaskAssignment.Drafter => [DrafterId],
            TaskAssignment.PreviousHolder => [StateHolders.GetValueOrDefault(policy.OfState!)],
            TaskAssignment.Chosen => (r?.Assignees ?? []).Distinct().Select(a => (string?)a).ToArray(),
            _ => new string?[] { null },
        };
        var created = assignees
            .Select(assignee => new WorkItem(Id, state.Id, Round, policy.Role, org, assignee, due, policy.ExcludeDrafter ? DrafterId : null, ctx.NowUtc))
            .ToList();
        _tasks.AddRange(created);
        return created;
    }

    /// <summary>An invited group member (expert) declines with a reason; <paramref name="replacementUserId"/> takes the seat with the same deadline.</summary>
    public Task DeclineGroupTaskAsync(WorkflowDefinition wf, string reason, string? replacementUserId, object? drawData, ActionContext ctx)
    {
        EnsurePinned(wf);
        return GroupTaskRules.DeclineAsync(this, wf, reason, replacementUserId, drawData, ctx);
    }

    /// <summary>Completes a group state whose deadline has passed when a quorum has answered (see <see cref="CompletionRule.IsSatisfiedAfterDeadline"/>).</summary>
    public Task<bool> CompleteGroupAfterDeadlineAsync(WorkflowDefinition wf, ActionContext ctx)
    {
        EnsurePinned(wf);
        return GroupTaskRules.CompleteAfterDeadlineAsync(this, wf, ctx);
    }

    /// <summary>The expert draw behind a consultation (candidates, exclusions with reasons, seed, panel) joins the trail (可追溯).</summary>
    public void RecordExpertDraw(string comment, object data, ActionContext ctx) =>
        Record(ctx, "drawExperts", State, State, null, comment, null, data);

    internal void AddTask(WorkItem task) => _tasks.Add(task);

    internal async Task CompleteGroupIfDoneAsync(WorkflowDefinition wf, ActionContext ctx)
    {
        var state = wf.State(State);
        if (state.Task?.Completion is not { } rule)
        {
            return;
        }

        var group = _tasks.Where(t => t.State == State && t.Round == Round && t.Status != WorkItemStatus.Cancelled).ToList();
        var done = group.Count(t => t.Status == WorkItemStatus.Completed);
        if (done > 0 && rule.IsSatisfied(done, group.Count))
        {
            await PerformAsync(new ActionRequest(rule.OnCompleteActionId), wf, ctx with { Actor = Actor.SystemActor });
        }
    }
}
