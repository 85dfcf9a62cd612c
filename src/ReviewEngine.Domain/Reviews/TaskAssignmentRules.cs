using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>认领 / 释放 / 转办 on a case's open work items, each checked and audited.</summary>
internal static class TaskAssignmentRules
{
    public static void Claim(ReviewCase c, Guid taskId, ActionContext ctx, WorkflowDefinition? wf = null)
    {
        var task = Open(c, taskId);
        var reasons = Eligibility(c, task, ctx.Actor.UserId, ctx.Actor, wf);
        if (task.AssigneeId is not null)
        {
            reasons.Add(task.AssigneeId == ctx.Actor.UserId ? "您已认领该任务" : "任务已被他人认领");
        }

        Deny(reasons);
        task.Claim(ctx.Actor.UserId);
        c.Record(ctx, "claim", c.State, c.State, task.Id, null, null, null);
    }

    public static void Release(ReviewCase c, Guid taskId, ActionContext ctx)
    {
        var task = Open(c, taskId);
        if (task.AssigneeId != ctx.Actor.UserId)
        {
            Deny(["只能释放自己认领的任务"]);
        }

        task.Release();
        c.Record(ctx, "release", c.State, c.State, task.Id, null, null, null);
    }

    /// <summary>转办: a review lead or registrar of the township (or the district) hands the task to another eligible person.</summary>
    public static void Reassign(ReviewCase c, Guid taskId, UserAccount to, string toOrganisationId, Organisations.OrganisationKind toKind, string reason, ActionContext ctx, WorkflowDefinition? wf = null)
    {
        var task = Open(c, taskId);
        var reasons = new List<string>();
        if (!MayReassign(ctx.Actor.Role))
        {
            reasons.Add("转办仅限审查负责人、登记人员或区审查中心");
        }

        CaseAccessPolicy.CheckOrganisation(c, ctx.Actor, reasons);
        if (string.IsNullOrWhiteSpace(reason))
        {
            reasons.Add("转办须说明理由");
        }

        if (!to.IsActive || !to.HasRole(task.Role))
        {
            reasons.Add($"{to.DisplayName} 不具有「{Roles.Label(task.Role)}」角色或已停用");
        }
        else
        {
            reasons.AddRange(Eligibility(c, task, to.Id, new Actor(to.Id, to.DisplayName, task.Role, toOrganisationId, toKind) { Qualifications = to.Qualifications }, wf));
        }

        Deny(reasons);
        var previous = task.AssigneeId;
        task.Claim(to.Id);
        c.Record(ctx, "reassign", c.State, c.State, task.Id, reason, null, new { from = previous, to = to.Id });
        c.QueueAssignedNotice(task, $"{ctx.Actor.DisplayName}将任务转办给您", reason, ctx);
    }

    /// <summary>The roles that may hand a task to someone else (转办).</summary>
    public static bool MayReassign(string role) => role is Roles.ReviewLead or Roles.Registrar or Roles.DistrictReviewer;

    private static List<string> Eligibility(ReviewCase c, WorkItem task, string userId, Actor asActor, WorkflowDefinition? wf)
    {
        var reasons = new List<string>();
        if (asActor.Role != task.Role)
        {
            reasons.Add($"该任务须由「{Roles.Label(task.Role)}」办理");
        }

        if (task.Role != Roles.Expert && asActor.OrganisationId != task.OrganisationId)
        {
            reasons.Add("任务不属于您所在的机构");
        }

        if (task.Excludes(userId))
        {
            reasons.Add("审查人员不得为本案起草（承办）人（内部分离）");
        }

        // The people the case lists for this task's policy (调查人员 of an enforcement decision) may not take it either:
        // refusing the claim is better than letting them hold a task they will be refused at.
        if (wf?.State(task.State).Task is { } policy
            && policy.ExcludeListed.FirstOrDefault(key => CasePeople.Lists(c.Metadata, key, asActor)) is { } list)
        {
            reasons.Add($"审核人员不得为本案{CasePeople.Label(list)}（内部分离）");
        }

        if (wf?.State(task.State).Task?.QualificationMissing(asActor) is { } missing)
        {
            reasons.Add(missing);
        }

        return reasons;
    }

    private static WorkItem Open(ReviewCase c, Guid taskId) =>
        c.OpenTasks.FirstOrDefault(t => t.Id == taskId) ?? throw new DomainException($"案件 {c.Number} 没有进行中的任务 {taskId}");

    private static void Deny(List<string> reasons)
    {
        if (reasons.Count > 0)
        {
            throw new ActionNotAllowedException(reasons);
        }
    }
}
