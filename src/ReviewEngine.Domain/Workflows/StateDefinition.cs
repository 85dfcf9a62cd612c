namespace ReviewEngine.Domain.Workflows;

public sealed record StateDefinition(string Id, string Label, bool IsEnd, TaskPolicy? Task, IReadOnlyList<ActionDefinition> Actions)
{
    /// <summary>What the state means (<see cref="StateTag"/>), declared in the file.</summary>
    public IReadOnlySet<StateTag> Tags { get; init; } = new HashSet<StateTag>();

    /// <summary>Who is told when a case enters the state; null = not declared (see <see cref="WorkflowNotify"/>).</summary>
    public IReadOnlyList<NotifyRule>? Notify { get; init; }

    public ActionDefinition? FindAction(string actionId) => Actions.FirstOrDefault(a => a.Id == actionId);
}
