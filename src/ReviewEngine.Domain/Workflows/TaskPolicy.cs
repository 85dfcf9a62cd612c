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

    /// <summary>The holder must have one of these qualifications (<see cref="Organisations.Qualifications"/>): the
    /// 法制审核 of an enforcement decision by someone with 法律职业资格 (行政处罚法第五十八条第二款).</summary>
    public IReadOnlyList<string> RequireQualification { get; init; } = [];

    /// <summary>Why the actor may not hold the task for want of a qualification, or null.</summary>
    public string? QualificationMissing(Organisations.Actor actor) =>
        RequireQualification.Count == 0 || RequireQualification.Any(actor.Qualifications.Contains) ? null
            : $"该任务须由具有{string.Join("或", RequireQualification.Select(Organisations.Qualifications.Label))}的人员办理（初次从事行政处罚决定法制审核的人员应当取得法律职业资格，《中华人民共和国行政处罚法》第五十八条第二款）；您的账号未登记该资格，请联系管理员";
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
