namespace ReviewEngine.Domain.Workflows;

/// <summary>A state being assembled from its own actions and the common actions that list it.</summary>
internal sealed class StateBuilder(string id, string label, bool isEnd, string path)
{
    private readonly List<ActionDefinition> _actions = [];

    public string Id { get; } = id;
    public string Label { get; } = label;
    public bool IsEnd { get; } = isEnd;
    public string Path { get; } = path;
    public TaskPolicy? Task { get; set; }
    public IReadOnlySet<StateTag> Tags { get; init; } = new HashSet<StateTag>();
    public IReadOnlyList<NotifyRule>? Notify { get; init; }
    public IReadOnlyList<ActionDefinition> Actions => _actions;

    public bool TryAdd(ActionDefinition action)
    {
        if (_actions.Any(a => a.Id == action.Id))
        {
            return false;
        }

        _actions.Add(action);
        return true;
    }

    public StateDefinition Build() => new(Id, Label, IsEnd, Task, _actions.ToArray()) { Tags = Tags, Notify = Notify };
}
