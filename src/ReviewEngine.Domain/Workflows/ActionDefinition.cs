namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// A named action available in a state. No targets = an internal action (the state stays, e.g. 标记复杂, an expert's opinion).
/// Several targets = the actor chooses one (退回 to an allowed earlier step); each target is its own state-machine trigger.
/// </summary>
public sealed record ActionDefinition(
    string Id,
    string Label,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Roles,
    IReadOnlyList<GuardDefinition> Guards,
    ClockEffect Clock,
    IReadOnlyList<string> SetFlags,
    IReadOnlyList<string> ClearFlags,
    bool NewRound,
    ActionRecord Records = ActionRecord.None)
{
    /// <summary>What the action means (<see cref="ActionTag"/>), declared in the file; code never names an action id.</summary>
    public IReadOnlySet<ActionTag> Tags { get; init; } = new HashSet<ActionTag>();

    /// <summary>Who is told when the action is taken; null = not declared (see <see cref="WorkflowNotify"/>).</summary>
    public IReadOnlyList<NotifyRule>? Notify { get; init; }

    public bool IsInternal => Targets.Count == 0;

    public bool HasGuard(GuardKind kind) => Guards.Any(g => g.Kind == kind);

    public string TriggerFor(string? target) =>
        Targets.Count <= 1 ? Id : $"{Id}→{target}";
}
