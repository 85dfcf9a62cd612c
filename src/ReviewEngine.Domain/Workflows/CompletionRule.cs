namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// When a group task (one work item per member) completes its state. <c>majority</c> hears every member first: it
/// completes when all have answered, or — once the answer-by date has passed — when a majority has (暂行条例 arts 19–20:
/// differing views are to be heard, so a panel never ends on the first three answers while dissenters are still writing).
/// </summary>
public sealed record CompletionRule(CompletionRuleKind Kind, int Quorum, string OnCompleteActionId)
{
    public bool IsSatisfied(int done, int total) => Kind switch
    {
        CompletionRuleKind.All => done >= total,
        CompletionRuleKind.Any => done >= 1,
        CompletionRuleKind.Majority => done >= total,
        CompletionRuleKind.Quorum => done >= Quorum,
        _ => false,
    };

    /// <summary>Once the members' deadline has passed: the quorum for <c>quorum</c>, otherwise a majority of the members.</summary>
    public bool IsSatisfiedAfterDeadline(int done, int total) =>
        IsSatisfied(done, total) || (Kind == CompletionRuleKind.Quorum ? done >= Quorum : done * 2 > total);
}

public enum CompletionRuleKind
{
    All,
    Any,
    Majority,
    Quorum,
}
