using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Workflows;

public sealed class ShippedWorkflowTests
{
    public static TheoryData<string> WorkflowFiles => new(TestWorkflows.Files);

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void EveryShippedWorkflowIsValid(string file)
    {
        var result = WorkflowParser.Parse(File.ReadAllText(Path.Combine(TestPaths.Workflows, file)), file);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Definition);
    }

    [Fact]
    public void TheFourRequiredWorkflowsAreShipped() =>
        Assert.Equal(
            ["administrative-agreement.json", "agency-contract.json", "major-decision.json", "normative-document.json"],
            TestWorkflows.Files.Order(StringComparer.Ordinal));

    [Fact]
    public void MajorDecisionReservesAtLeastSevenWorkingDays()
    {
        var wf = TestWorkflows.Load("major-decision");

        Assert.True(wf.ReviewClock.WorkingDays >= 7);
        Assert.Equal(7, wf.ReviewClock.MinimumWorkingDays);
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void DiagramInDocsIsCurrent(string file)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        var doc = TestPaths.InRepo("docs", "workflows", id + ".md");
        var mermaid = ReviewMachineFactory.Mermaid(TestWorkflows.Load(id));

        Assert.True(File.Exists(doc), $"docs/workflows/{id}.md is missing: run `review workflows diagram {id}`");
        Assert.True(File.ReadAllText(doc).Replace("\r\n", "\n").Contains(mermaid.Replace("\r\n", "\n").Trim(), StringComparison.Ordinal),
            $"docs/workflows/{id}.md is stale: regenerate it with `review workflows diagram {id}`");
    }

    [Fact]
    public void ReviewerTaskExcludesTheDrafter()
    {
        foreach (var id in TestWorkflows.Files.Select(Path.GetFileNameWithoutExtension))
        {
            Assert.True(TestWorkflows.Load(id!).State("townshipReview").Task!.ExcludeDrafter, id);
        }
    }
}
