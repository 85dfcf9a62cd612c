namespace ReviewEngine.Domain.Workflows;

/// <summary>The work item(s) created when a case enters a state.</summary>
public sealed record TaskPolicy(
    string Role,
    TaskScope Scope,
    TaskAssignment Assignment,
    string? OfState,
    bool ExcludeDrafter,
    int? DeadlineWorkingDays,
    CompletionRule? Completion)
{
    public bool IsGroup => Completion is not null;

    /// <summary>Case lists of people (<see cref="CasePeople.Keys"/>) none of whom may hold the task (内部分离 beyond the drafter:
    /// the investigating officers of an enforcement case never review it).</summary>
    public IReadOnlyList<string> ExcludeListed { get; init; } = [];
}

/// <summary>Which organisation's people receive the task: the case's township, or the district.</summary>
public enum TaskScope
{
    Case,
    District,
}

/// <summary>pool: anyone with the role claims it; drafter: the case's drafter; previousHolder: whoever completed the task of <c>ofState</c>; chosen: the entering action names the assignees (group tasks).</summary>
public enum TaskAssignment
{
    Pool,
    Drafter,
    PreviousHolder,
    Chosen,
}
