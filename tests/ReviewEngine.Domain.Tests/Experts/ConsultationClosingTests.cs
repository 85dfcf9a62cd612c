using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Experts;

/// <summary>
/// Issue 21 item 6: a consultation cannot be hollow. Closing it before every expert has answered is the review lead's
/// decision with a reason, on the trail; <c>majority</c> waits for every invited expert until the answer-by date; the
/// summary names every dissent.
/// </summary>
public sealed class ConsultationClosingTests
{
    private static async Task<Reviews.CaseDriver> MajorDecisionConsultingAsync()
    {
        var d = SubmitComplete("major-decision", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Case.PerformAsync(new ActionRequest("requestExpertConsultation", Comment: "论证", Assignees: ["e1", "e2", "e3", "e4", "e5"])
        { TaskDueOn = d.Today.AddDays(7) }, d.Workflow, d.Context(Reviewer));
        return d;
    }

    [Fact]
    public async Task TheReviewerCannotCloseAConsultationWithoutAnswers()
    {
        var d = await MajorDecisionConsultingAsync();

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Reviewer, "closeConsultation", comment: "时间紧"));

        Assert.Equal("expertConsultation", d.Case.State);
    }

    [Fact]
    public async Task TheReviewLeadClosesItWithAReasonAndTheTrailCountsTheMissingAnswers()
    {
        var d = await MajorDecisionConsultingAsync();
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Lead, "closeConsultation"));
        await d.Act(Lead, "closeConsultation", comment: "其余专家均因回避无法参加，经负责人批准结束论证");

        Assert.Equal("townshipReview", d.Case.State);
        var closed = Assert.Single(d.Case.DequeueEvents(), e => e.Action == "closeConsultation");
        Assert.Equal(Lead.UserId, closed.ActorId);
        Assert.Contains("回避", closed.Comment);
        Assert.Contains("\"unanswered\":4", closed.Data);
    }

    [Fact]
    public async Task MajorityWaitsForEveryInvitedExpertBeforeTheAnswerByDate()
    {
        var d = await MajorDecisionConsultingAsync();

        for (var i = 1; i <= 4; i++)
        {
            await d.Act(Expert(i), "giveExpertOpinion", comment: "同意");
        }

        Assert.Equal("expertConsultation", d.Case.State);
        await d.Act(Expert(5), "giveExpertOpinion", comment: "不同意：缺少风险评估");

        Assert.Equal("townshipReview", d.Case.State);
        Assert.DoesNotContain(d.Case.Tasks, t => t.Role == "expert" && t.Status == WorkItemStatus.Cancelled);
    }

    [Fact]
    public async Task AfterTheAnswerByDateAMajorityCompletesIt()
    {
        var d = await MajorDecisionConsultingAsync();
        for (var i = 1; i <= 3; i++)
        {
            await d.Act(Expert(i), "giveExpertOpinion", comment: "同意");
        }

        Assert.False(await d.Case.CompleteGroupAfterDeadlineAsync(d.Workflow, d.Context(Reviewer)));
        d.AdvanceDays(8);

        Assert.True(await d.Case.CompleteGroupAfterDeadlineAsync(d.Workflow, d.Context(Reviewer)));
        Assert.Equal("townshipReview", d.Case.State);
    }

    [Theory]
    [InlineData(CompletionRuleKind.Majority, 3, 5, false)]
    [InlineData(CompletionRuleKind.Majority, 5, 5, true)]
    public void MajorityIsEveryAnswerBeforeTheDeadlineAndAMajorityAfter(CompletionRuleKind kind, int done, int total, bool before)
    {
        var rule = new CompletionRule(kind, 0, "x");

        Assert.Equal(before, rule.IsSatisfied(done, total));
        Assert.True(rule.IsSatisfiedAfterDeadline(done, total));
    }

    [Fact]
    public void EveryDissentIsNamedInTheSummary()
    {
        var c = ExpertConsultation.Open(Guid.NewGuid(), 1, "expertConsultation", ["规划"], 5, 3, null,
            new[] { "e1", "e2", "e3", "e4", "e5" }.Select(u => new PanelMember(null, u, $"专家{u}", "单位", "院校")), DateTime.UnixEpoch);
        c.Answer("e1", ExpertVerdict.Agree, "同意", [], DateTime.UnixEpoch);
        c.Answer("e2", ExpertVerdict.Agree, "同意", [], DateTime.UnixEpoch);
        c.Answer("e3", ExpertVerdict.Disagree, "缺少风险评估", [], DateTime.UnixEpoch);
        c.Answer("e4", ExpertVerdict.AgreeWithChanges, "补充听证", [], DateTime.UnixEpoch);

        var text = c.Summary.Text;

        Assert.Contains("2 位持不同意见（专家e3：不同意、专家e4：修改后同意）", text);
        Assert.EndsWith("1 位未提交意见", text);
    }

    [Theory]
    [InlineData("\"reviewLead\"", "\"reviewer\"")]
    [InlineData("\"reviewLead\"", "\"reviewLead\", \"reviewer\"")]
    public void AFileLettingTheReviewerCloseAPanelEarlyIsRejected(string from, string to)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "major-decision.json"));
        var start = json.IndexOf("\"id\": \"closeConsultation\"", StringComparison.Ordinal);
        var at = json.IndexOf(from, start, StringComparison.Ordinal);
        json = json[..at] + to + json[(at + from.Length)..];

        var result = WorkflowParser.Parse(json, "major-decision.json");

        Assert.Contains(result.Errors, e => e.Message.Contains("closeConsultation") && e.Message.Contains("审查负责人"));
    }
}
