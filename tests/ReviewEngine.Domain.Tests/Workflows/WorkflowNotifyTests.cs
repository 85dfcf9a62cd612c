using System.Text.RegularExpressions;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Workflows;

/// <summary><c>notify</c> on states and actions: a closed vocabulary checked at load, and the default for files without it.</summary>
public sealed partial class WorkflowNotifyTests
{
    private const string File = "normative-document.json";

    public static TheoryData<string> WorkflowFiles => new(TestWorkflows.Files);

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void EveryShippedTaskStateNotifiesItsAssignees(string file)
    {
        var wf = TestWorkflows.Load(Path.GetFileNameWithoutExtension(file));

        Assert.True(WorkflowNotify.Declares(wf));
        Assert.All(wf.States.Where(s => s.Task is not null), s => Assert.Contains(NotifyRule.Assignees, WorkflowNotify.OnEntry(wf, s)));
        Assert.All(wf.States.SelectMany(s => s.Actions).Where(a => a.Records == ActionRecord.OpinionApproval),
            a => Assert.Contains(NotifyRule.Submitter, WorkflowNotify.OnAction(wf, a)));
    }

    [Fact]
    public void RoleInTheDistrictIsRead()
    {
        var json = Shipped().Replace("""
          "id": "referToDistrict",
""", """
          "id": "referToDistrict",
          "notify": [{ "to": "role", "role": "reviewLead" }, { "to": "role", "role": "districtReviewer", "org": "district" }],
""");

        var wf = WorkflowParser.Parse(json, File).Definition!;

        Assert.Equal([new NotifyRule(NotifyAudience.Role, "reviewLead"), new NotifyRule(NotifyAudience.Role, "districtReviewer", TaskScope.District)],
            wf.State("townshipReview").FindAction("referToDistrict")!.Notify);
    }

    [Fact]
    public void UnknownRecipientIsRejectedWithFileAndPath() =>
        AssertRejected(Shipped().Replace("""[{ "to": "submitter" }]""", """[{ "to": "everyone" }]"""), "$.states[0].actions[0].notify[0].to", "未知通知对象 'everyone'");

    [Fact]
    public void RoleRecipientNeedsAKnownRole() =>
        AssertRejected(Shipped().Replace("""[{ "to": "submitter" }]""", """[{ "to": "role", "role": "boss" }]"""), "$.states[0].actions[0].notify[0].role", "未知角色 'boss'");

    [Fact]
    public void OrgIsOnlyForRoleRecipients() =>
        AssertRejected(Shipped().Replace("""[{ "to": "submitter" }]""", """[{ "to": "submitter", "org": "district" }]"""), "$.states[0].actions[0].notify[0]", "只能与 \"to\": \"role\" 一起使用");

    [Fact]
    public void AssigneesOnAnActionIsRejected() =>
        AssertRejected(Shipped().Replace("""[{ "to": "submitter" }]""", """[{ "to": "assignees" }]"""), "$.states[0].actions[0].notify[0].to", "assignees 只能用于状态");

    [Fact]
    public void AssigneesOnAStateWithoutATaskIsRejected() =>
        AssertRejected(Shipped().Replace("""
      "tags": ["archived"],
""", """
      "tags": ["archived"],
      "notify": [{ "to": "assignees" }],
"""), "$.states[13].notify", "没有任务，不能通知 assignees");

    [Fact]
    public void NotifyNeedsSchemaVersion2() =>
        AssertRejected(TagLine().Replace(Shipped(), "").Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"), "$.states[0].notify", "notify 需要 schemaVersion 2");

    /// <summary>Snapshots pinned before notifications carry no notify: task states tell their assignees, the opinion's approval the submitter.</summary>
    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void DefinitionWithoutNotifyGetsTheDerivedDefault(string file)
    {
        var json = NotifyLine().Replace(System.IO.File.ReadAllText(Path.Combine(TestPaths.Workflows, file)), "");

        var wf = WorkflowParser.Parse(json, file).Definition!;

        Assert.False(WorkflowNotify.Declares(wf));
        Assert.All(wf.States, s => Assert.Equal(s.Task is null ? [] : [NotifyRule.Assignees], WorkflowNotify.OnEntry(wf, s)));
        Assert.All(wf.States.SelectMany(s => s.Actions),
            a => Assert.Equal(a.Records == ActionRecord.OpinionApproval ? [NotifyRule.Submitter] : [], WorkflowNotify.OnAction(wf, a)));
    }

    [Fact]
    public void DeclaredDefinitionIsTakenAtItsWord()
    {
        var json = Shipped().Replace("""
      "label": "登记与形式审查",
      "notify": [{ "to": "assignees" }],
""", """
      "label": "登记与形式审查",
""");

        var wf = WorkflowParser.Parse(json, File).Definition!;

        Assert.Empty(WorkflowNotify.OnEntry(wf, wf.State("registration")));
    }

    private static string Shipped() => System.IO.File.ReadAllText(Path.Combine(TestPaths.Workflows, File));

    private static void AssertRejected(string json, string path, string reason)
    {
        var result = WorkflowParser.Parse(json, File);

        Assert.Null(result.Definition);
        Assert.Contains(result.Errors, e => e.File == File && e.Path == path && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [GeneratedRegex("""\n\s*"tags": \[[^\]]*\],""")]
    private static partial Regex TagLine();

    [GeneratedRegex("""\n\s*"notify": \[[^\]]*\],""")]
    private static partial Regex NotifyLine();
}
