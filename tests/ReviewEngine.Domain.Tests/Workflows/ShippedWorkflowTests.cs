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
    public void TheFiveRequiredWorkflowsAreShipped() =>
        Assert.Equal(
            ["administrative-agreement.json", "agency-contract.json", "major-decision.json", "major-enforcement.json", "normative-document.json"],
            TestWorkflows.Files.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("administrative-agreement")]
    [InlineData("agency-contract")]
    public void ContractsEndOnlyThroughASigningThatAdmitsNoRefusal(string id)
    {
        var wf = TestWorkflows.Load(id);
        var intoArchive = wf.States.SelectMany(s => s.Actions).Where(a => a.Targets.Contains("archived")).ToList();

        var sign = Assert.Single(intoArchive);
        Assert.Equal(ActionRecord.Signing, sign.Records);
        var allowed = Assert.Single(sign.Guards, g => g.Kind == GuardKind.ConclusionIn).Values!;
        Assert.DoesNotContain(Conclusions.RefuseToSign, allowed);
        Assert.Equal("contractText", Assert.Single(wf.Materials, m => m.ReviewedText).Id);
    }

    [Fact]
    public void NormativeDocumentsAreArchivedOnlyAfterDeliberationPublicationAndFiling()
    {
        var wf = TestWorkflows.Load("normative-document");

        var file = Assert.Single(wf.States.SelectMany(s => s.Actions), a => a.Targets.Contains("archived"));
        Assert.Equal(ActionRecord.Filing, file.Records);
        Assert.Equal(
            [ActionRecord.Deliberation, ActionRecord.Publication, ActionRecord.Filing],
            wf.States.SelectMany(s => s.Actions).Select(a => a.Records).Where(r => r >= ActionRecord.Deliberation).Distinct());
    }

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
