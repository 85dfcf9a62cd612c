namespace ReviewEngine.Domain.Workflows;

public sealed record StateDefinition(string Id, string Label, bool IsEnd, TaskPolicy? Task, IReadOnlyList<ActionDefinition> Actions)
{
    public ActionDefinition? FindAction(string actionId) => Actions.FirstOrDefault(a => a.Id == actionId);
}
