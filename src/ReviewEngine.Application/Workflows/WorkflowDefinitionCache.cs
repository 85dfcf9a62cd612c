using System.Collections.Concurrent;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Workflows;

/// <summary>Process-wide cache of parsed definitions by (id, version, content hash); parsing is done once per version.</summary>
public sealed class WorkflowDefinitionCache
{
    private readonly ConcurrentDictionary<(string, int, string), WorkflowDefinition> _byPin = new();

    public WorkflowDefinition? Get(string id, int version, string hash) => _byPin.GetValueOrDefault((id, version, hash));

    public void Add(WorkflowDefinition definition) =>
        _byPin.TryAdd((definition.Id, definition.Version, definition.ContentHash), definition);
}
