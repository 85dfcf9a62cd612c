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
}

public enum CompletionRuleKind
{
    All,
    Any,
    Majority,
    Quorum,
}
