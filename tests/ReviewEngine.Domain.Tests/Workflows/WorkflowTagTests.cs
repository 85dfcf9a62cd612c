using System.Text.RegularExpressions;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Workflows;

/// <summary>Tags say what states and actions mean; the loader checks them with file and JSON path.</summary>
public sealed partial class WorkflowTagTests
{
    private const string File = "normative-document.json";

    public static TheoryData<string> WorkflowFiles => new(TestWorkflows.Files);

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void ShippedWorkflowsNameTheirArchiveAndAcceptanceByTag(string file)
    {
        var wf = TestWorkflows.Load(Path.GetFileNameWithoutExtension(file));

        Assert.True(wf.StateTagged(StateTag.Archived)!.IsEnd);
        Assert.NotNull(wf.ActionTagged(ActionTag.Accept));
        // 法制审核 of a major enforcement decision is the legal reviewers' own (行政处罚法第五十八条): no expert panel.
        if (!wf.Kinds.Contains("MAJOR_ENFORCEMENT"))
        {
            Assert.NotEmpty(wf.ActionIdsTagged(ActionTag.ExpertConsultationRequested));
        }
    }

    [Fact]
    public void UnknownTagIsRejectedWithFileAndPath() =>
        AssertRejected(Shipped().Replace("\"tags\": [\"accept\"]", "\"tags\": [\"acept\"]"), "$.states[0].actions[0].tags[0]", "未知标签 'acept'");

    [Fact]
    public void DefinitionWithoutTheRequiredArchiveTagIsRejected() =>
        AssertRejected(Shipped().Replace("\"tags\": [\"archived\"],", ""), "$.states", "缺少标签为 'archived' 的状态");

    [Fact]
    public void DefinitionWithoutAnAcceptTagIsRejected() =>
        AssertRejected(Shipped().Replace("\"tags\": [\"accept\"],", ""), "$.states", "缺少标签为 'accept' 的操作");

    [Fact]
    public void UniqueTagOnTwoStatesIsRejected() =>
        AssertRejected(Shipped().Replace("\"tags\": [\"withdrawn\"]", "\"tags\": [\"archived\"]"), "$.states[14].tags", "只能用于一个状态（已用于 'archived'）");

    [Fact]
    public void SameActionIdWithDifferentMeaningsIsRejected()
    {
        var json = Shipped();
        var second = json.LastIndexOf("\"tags\": [\"supplementSubmitted\"]", StringComparison.Ordinal);
        json = json[..second] + "\"tags\": [\"supplementSubmitted\", \"lawyerOpinion\"]" + json[(second + "\"tags\": [\"supplementSubmitted\"]".Length)..];

        AssertRejected(json, "$.states[3]", "同一操作 id 须有相同的标签");
    }

    [Fact]
    public void TagsNeedSchemaVersion2() =>
        AssertRejected(Shipped().Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"), "$.states[0].actions[0].tags", "tags 需要 schemaVersion 2");

    [Fact]
    public void RenamedActionKeepsItsMeaning()
    {
        var result = WorkflowParser.Parse(Shipped().Replace("\"requestExpertConsultation\"", "\"askExperts\""), File);

        Assert.Equal(["askExperts"], result.Definition!.ActionIdsTagged(ActionTag.ExpertConsultationRequested));
    }

    /// <summary>Cases pinned to a version 1 snapshot read the frozen table; it must give each id the meaning the tagged files give it.</summary>
    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Version1FilesGetTheSameTagsFromTheFrozenTable(string file)
    {
        var json = System.IO.File.ReadAllText(Path.Combine(TestPaths.Workflows, file));
        var untagged = NotifyLine().Replace(TagLine().Replace(json, ""), "").Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");

        var tagged = WorkflowParser.Parse(json, file).Definition!;
        var legacy = WorkflowParser.Parse(untagged, file);

        Assert.Empty(legacy.Errors);
        Assert.Equal(Tags(tagged), Tags(legacy.Definition!));
    }

    private static List<string> Tags(WorkflowDefinition wf) =>
        wf.States.Select(s => $"{s.Id}: {string.Join(",", s.Tags.Order())}")
            .Concat(wf.States.SelectMany(s => s.Actions.Select(a => $"{s.Id}.{a.Id}: {string.Join(",", a.Tags.Order())}")))
            .ToList();

    private static string Shipped() => System.IO.File.ReadAllText(Path.Combine(TestPaths.Workflows, File));

    private static void AssertRejected(string json, string path, string reason)
    {
        var result = WorkflowParser.Parse(json, File);

        Assert.Null(result.Definition);
        Assert.Contains(result.Errors, e => e.File == File && e.Path == path && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [GeneratedRegex("""\n\s*"tags": \[[^\]]*\],""")]
    private static partial Regex TagLine();

    /// <summary>Version 1 files predate <c>notify</c> too (docs/adr/0013-notifications.md).</summary>
    [GeneratedRegex("""\n\s*"notify": \[[^\]]*\],""")]
    private static partial Regex NotifyLine();
}
