using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// Which of a person's roles acts when they take an action or work on a task. A person may hold several roles
/// (审查人员 and 审查负责人); the first of them, in the order the account lists them, that fits is the one the case
/// checks, records in the audit trail and shows next to the action. The case itself then decides whether that role
/// may act (<see cref="CaseAccessPolicy"/>, <see cref="TaskAssignmentRules"/>): choosing a role never grants one.
/// </summary>
public static class ActingRoleRules
{
    /// <summary>The role for <paramref name="actionId"/> in <paramref name="state"/>: the first of <paramref name="roles"/> the
    /// action allows; null when the state has no such action, only the system takes it, or none of the roles may.</summary>
    public static string? ForAction(StateDefinition state, string actionId, IReadOnlyList<string> roles) =>
        state.FindAction(actionId) is { } action && !action.Roles.SequenceEqual([Roles.System])
            ? roles.FirstOrDefault(action.Roles.Contains)
            : null;

    /// <summary>认领 / 释放: the task's own role when the person holds it; otherwise their first role, which the task refuses with its reason.</summary>
    public static string ForTask(WorkItem task, IReadOnlyList<string> roles) => roles.Contains(task.Role) ? task.Role : roles[0];

    /// <summary>转办: the first role that may hand a task on (审查负责人, 登记人员, 区审查中心); otherwise their first role, which is refused.</summary>
    public static string ForReassign(IReadOnlyList<string> roles) => roles.FirstOrDefault(TaskAssignmentRules.MayReassign) ?? roles[0];
}
