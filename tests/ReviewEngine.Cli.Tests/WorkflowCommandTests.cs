using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Cli.Tests;

public sealed class WorkflowCommandTests
{
    [Fact]
    public void ValidateListsTheShippedWorkflowsAndExitsZero()
    {
        var (code, output, _) = CliRunner.Run("workflows", "validate", "--dir", TestPaths.Workflows);

        Assert.Equal(0, code);
        // Each shipped file with the version it carries now (versions move with every edit; the list of ids does not).
        foreach (var id in new[] { "normative-document", "administrative-agreement", "agency-contract", "major-decision", "major-enforcement" })
        {
            using var file = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Workflows, id + ".json")));
            Assert.Contains($"{id} v{file.RootElement.GetProperty("version").GetInt32()}", output);
        }
    }

    [Fact]
    public void ValidateExitsOneAndPrintsEveryErrorWithFileAndPath()
    {
        var dir = Directory.CreateTempSubdirectory("re-cli-").FullName;
        File.Copy(Path.Combine(TestPaths.Workflows, "agency-contract.json"), Path.Combine(dir, "agency-contract.json"));
        File.WriteAllText(Path.Combine(dir, "bad.json"), """{"schemaVersion":1,"id":"bad","version":1,"title":"坏","kinds":["MAJOR_DECISION"],"initialState":"a","reviewClock":{"workingDays":10},"conclusions":["合法"],"states":[{"id":"a","actions":[{"id":"go","to":"zzz","roles":["reviewer"]}]},{"id":"b","end":true}]}""");

        var (code, output, _) = CliRunner.Run("workflows", "validate", "--dir", dir);

        Assert.Equal(1, code);
        Assert.Contains("bad.json: $.states[0].actions[0].to: 未知状态 'zzz'", output);
    }

    [Fact]
    public void DiagramPrintsMermaid()
    {
        var (code, output, _) = CliRunner.Run("workflows", "diagram", "major-decision", "--dir", TestPaths.Workflows);

        Assert.Equal(0, code);
        Assert.StartsWith("stateDiagram-v2", output);
        Assert.Contains("expertConsultation --> townshipReview : consultationComplete", output);
    }

    [Fact]
    public void DiagramOfUnknownWorkflowIsBadInput()
    {
        var (code, _, error) = CliRunner.Run("workflows", "diagram", "party-document", "--dir", TestPaths.Workflows);

        Assert.Equal(2, code);
        Assert.Contains("未知工作流 'party-document'", error);
    }
}
