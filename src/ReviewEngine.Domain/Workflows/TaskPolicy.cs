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
