using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Workflows;

/// <summary>
/// The JSON Schemas in workflows/ are checked, not just shipped: every data file validates against its schema
/// (JsonSchema.Net, draft 2020-12), and the schema's closed lists are the loader's own vocabulary.
/// </summary>
public sealed class WorkflowSchemaTests
{
    public static TheoryData<string> WorkflowFiles => new(TestWorkflows.Files);

    public static TheoryData<string> ChecklistFiles => new(
        Directory.GetFiles(Path.Combine(TestPaths.Workflows, "checklists"), "*.json").Select(Path.GetFileName).Where(f => f != "schema.json")!);

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void WorkflowFileMatchesTheSchema(string file) =>
        AssertValid(Schema("schema.json"), File.ReadAllText(Path.Combine(TestPaths.Workflows, file)), file);

    [Theory]
    [MemberData(nameof(ChecklistFiles))]
    public void ChecklistFileMatchesItsSchema(string file) =>
        AssertValid(Schema("checklists/schema.json"), File.ReadAllText(Path.Combine(TestPaths.Workflows, "checklists", file)), file);

    [Fact]
    public void SchemaRejectsATagOutsideTheVocabulary()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "normative-document.json")).Replace("\"tags\": [\"accept\"]", "\"tags\": [\"acept\"]");

        var result = Schema("schema.json").Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
        Assert.Contains(result.Details ?? [], d => d.Errors is not null && d.InstanceLocation.ToString() == "/states/0/actions/0/tags/0");
    }

    [Fact]
    public void SchemaListsTheLoadersTagsAndRecords()
    {
        var defs = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Workflows, "schema.json")))!["$defs"]!;

        Assert.Equal(WorkflowTags.Words<StateTag>(), Enum(defs["stateTags"]!["items"]!));
        Assert.Equal(WorkflowTags.Words<ActionTag>(), Enum(defs["actionTags"]!["items"]!));
        Assert.Equal(WorkflowTags.Words<ActionRecord>().Where(w => w != "none"), Enum(defs["actionBody"]!["properties"]!["records"]!));
        Assert.Equal(NotifyParser.Words, Enum(defs["notify"]!["items"]!["properties"]!["to"]!));
    }

    [Fact]
    public void SchemaRejectsANotifyRecipientOutsideTheVocabulary()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "normative-document.json")).Replace("""[{ "to": "submitter" }]""", """[{ "to": "everyone" }]""");

        var result = Schema("schema.json").Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    private static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    private static JsonSchema Schema(string relativePath) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Workflows, relativePath)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void AssertValid(JsonSchema schema, string json, string file)
    {
        var result = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{file}: {d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
