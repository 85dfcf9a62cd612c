using System.Text.Json;

namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// The tags of schemaVersion 1 files, which predate tags in the file: a frozen table by state and action id
/// (embedded <c>schema-version-1-tags.json</c>). Cases pinned to a version 1 snapshot keep their stored text and
/// content hash and still answer tag lookups; see docs/adr/0011-workflow-tags.md.
/// </summary>
public static class SchemaVersion1Tags
{
    private static readonly Lazy<(Dictionary<string, HashSet<StateTag>> States, Dictionary<string, HashSet<ActionTag>> Actions)> Table = new(Load);

    public static IReadOnlySet<StateTag> ForState(string id) =>
        Table.Value.States.TryGetValue(id, out var tags) ? tags : new HashSet<StateTag>();

    public static IReadOnlySet<ActionTag> ForAction(string id) =>
        Table.Value.Actions.TryGetValue(id, out var tags) ? tags : new HashSet<ActionTag>();

    private static (Dictionary<string, HashSet<StateTag>>, Dictionary<string, HashSet<ActionTag>>) Load()
    {
        using var stream = typeof(SchemaVersion1Tags).Assembly.GetManifestResourceStream("ReviewEngine.Domain.Workflows.schema-version-1-tags.json")
            ?? throw new InvalidOperationException("schema-version-1-tags.json 未嵌入程序集");
        using var doc = JsonDocument.Parse(stream);
        return (Read<StateTag>(doc.RootElement.GetProperty("states")), Read<ActionTag>(doc.RootElement.GetProperty("actions")));
    }

    private static Dictionary<string, HashSet<T>> Read<T>(JsonElement map)
        where T : struct, Enum =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(w =>
            WorkflowTags.TryParse<T>(w.GetString(), out var tag) ? tag : throw new InvalidOperationException($"schema-version-1-tags.json: 未知标签 '{w}'")).ToHashSet());
}
