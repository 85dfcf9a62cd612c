namespace ReviewEngine.Domain.Workflows;

/// <summary>One <c>notify</c> entry of a state (told on entry) or an action (told when it is taken).</summary>
public sealed record NotifyRule(NotifyAudience To, string? Role = null, TaskScope Org = TaskScope.Case)
{
    public static readonly NotifyRule Assignees = new(NotifyAudience.Assignees);
    public static readonly NotifyRule Submitter = new(NotifyAudience.Submitter);
}
