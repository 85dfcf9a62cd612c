using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// Who may take an action on a case: the action's roles, the actor's organisation, the drafter's own case,
/// and — for the role that holds the state's task — the assignment (内部分离: a reviewer is never the drafter).
/// </summary>
internal static class CaseAccessPolicy
{
    public static List<string> Check(ReviewCase c, StateDefinition state, ActionDefinition action, Actor actor, out WorkItem? task)
    {
        task = null;
        var reasons = new List<string>();
        if (!action.Roles.Contains(actor.Role))
        {
            reasons.Add($"该操作仅限：{string.Join("、", action.Roles.Select(Roles.Label))}");
            return reasons;
        }

        if (actor.Role == Roles.System)
        {
            if (actor != Actor.SystemActor)
            {
                reasons.Add("该操作由系统自动执行");
            }

            return reasons;
        }

        CheckOrganisation(c, actor, reasons);
        if (actor.Role == Roles.Drafter && actor.UserId != c.DrafterId)
        {
            reasons.Add("仅限本案承办人");
        }

        if (reasons.Count == 0 && state.Task is { } policy && policy.Role == actor.Role)
        {
            task = FindTask(c, actor);
            if (task is null)
            {
                reasons.Add("没有分派给您的待办任务");
            }
            else if (task.Excludes(actor.UserId))
            {
                reasons.Add("审查人员不得为本案起草（承办）人（内部分离）");
            }
            else if (policy.ExcludeListed.FirstOrDefault(key => CasePeople.Lists(c.Metadata, key, actor)) is { } list)
            {
                reasons.Add($"审核人员不得为本案{CasePeople.Label(list)}（内部分离）");
            }
            else if (policy.QualificationMissing(actor) is { } missing)
            {
                reasons.Add(missing);
            }
        }

        return reasons;
    }

    public static void CheckOrganisation(ReviewCase c, Actor actor, List<string> reasons)
    {
        if (Roles.IsDistrictRole(actor.Role))
        {
            if (actor.OrganisationKind != OrganisationKind.District)
            {
                reasons.Add("该角色须属于区级机构");
            }
        }
        else if (actor.Role != Roles.Expert && actor.OrganisationId != c.TownshipId)
        {
            reasons.Add("不属于本乡镇（街道）的案件");
        }
    }

    /// <summary>The actor's own open task, else an unassigned task of the actor's role in the actor's organisation (claimed on acting).</summary>
    public static WorkItem? FindTask(ReviewCase c, Actor actor) =>
        c.OpenTasks.FirstOrDefault(t => t.Role == actor.Role && t.AssigneeId == actor.UserId)
        ?? c.OpenTasks.FirstOrDefault(t => t.Role == actor.Role && t.AssigneeId is null && t.OrganisationId == actor.OrganisationId);
}
