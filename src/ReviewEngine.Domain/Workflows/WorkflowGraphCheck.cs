namespace ReviewEngine.Domain.Workflows;

/// <summary>Graph rules: every state reachable from the start, every state able to reach an end, and at least one end.</summary>
internal static class WorkflowGraphCheck
{
    public static void Run(IReadOnlyList<StateBuilder> states, string initialState, Action<string, string> error)
    {
        var byId = states.ToDictionary(s => s.Id);
        if (!states.Any(s => s.IsEnd))
        {
            error("$.states", "没有终止状态（end: true）");
            return;
        }

        var reachable = Walk([initialState], id => byId[id].Actions.SelectMany(a => a.Targets));
        foreach (var s in states.Where(s => !reachable.Contains(s.Id)))
        {
            error(s.Path, $"状态 '{s.Id}' 从初始状态不可达");
        }

        var predecessors = states
            .SelectMany(s => s.Actions.SelectMany(a => a.Targets).Select(t => (From: s.Id, To: t)))
            .ToLookup(e => e.To, e => e.From);
        var canFinish = Walk(states.Where(s => s.IsEnd).Select(s => s.Id), id => predecessors[id]);
        foreach (var s in states.Where(s => reachable.Contains(s.Id) && !canFinish.Contains(s.Id)))
        {
            error(s.Path, $"状态 '{s.Id}' 没有通往终止状态的路径");
        }
    }

    private static HashSet<string> Walk(IEnumerable<string> start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(start);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (var n in next(queue.Dequeue()))
            {
                if (seen.Add(n))
                {
                    queue.Enqueue(n);
                }
            }
        }

        return seen;
    }
}
