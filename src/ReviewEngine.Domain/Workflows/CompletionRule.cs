namespace ReviewEngine.Domain.Workflows;

/// <summary>When a group task (one work item per member) completes its state.</summary>
public sealed record CompletionRule(CompletionRuleKind Kind, int Quorum, string OnCompleteActionId)
{
    public bool IsSatisfied(int done, int total) => Kind switch
    {
        CompletionRuleKind.All => done >= total,
        CompletionRuleKind.Any => done >= 1,
        CompletionRuleKind.Majority => done * 2 > total,
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
