using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests;

/// <summary>The shipped workflows/ and calendar, parsed once with the domain parser.</summary>
internal static class TestWorkflows
{
    public static WorkingDayCalendar Calendar { get; } = new(
        Directory.GetFiles(Path.Combine(TestPaths.Workflows, "calendar"), "*.json")
            .Select(f => CalendarFileParser.Parse(File.ReadAllText(f), Path.GetFileName(f))));

    public static IEnumerable<string> Files =>
        Directory.GetFiles(TestPaths.Workflows, "*.json").Where(f => Path.GetFileName(f) != "schema.json").Select(Path.GetFileName)!;

    public static WorkflowDefinition Load(string id)
    {
        var result = WorkflowParser.Parse(File.ReadAllText(Path.Combine(TestPaths.Workflows, id + ".json")), id + ".json");
        return result.Definition ?? throw new WorkflowValidationException(result.Errors);
    }
}
