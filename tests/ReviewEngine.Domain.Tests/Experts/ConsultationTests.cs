using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Experts;

/// <summary>The expert-consultation state on a case: decline and replacement, and completion once the deadline passes.</summary>
public sealed class ConsultationTests
{
    private static async Task<Reviews.CaseDriver> ConsultingAsync(string workflow = "administrative-agreement", int experts = 3)
    {
        var d = SubmitComplete(workflow, "2026-03-02");
        await d.Act(Registrar, "accept");
        if (workflow == "administrative-agreement")
        {
            await d.Act(Reviewer, "markComplex", comment: "复杂");
        }

        var due = d.Today.AddDays(7);
        await d.Case.PerformAsync(new ActionRequest("requestExpertConsultation", Comment: "论证",
            Assignees: Enumerable.Range(1, experts).Select(i => $"e{i}").ToArray())
        { TaskDueOn = due }, d.Workflow, d.Context(Reviewer));
        return d;
    }

    [Fact]
    public async Task InvitedExpertsKeepTheirAnswerByDateWhileTheClockIsPaused()
    {
        var d = await ConsultingAsync();

        d.AdvanceDays(1);
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");

        Assert.True(d.Case.Clock.IsPaused);
        Assert.All(d.Case.OpenTasks, t => Assert.Equal(new DateOnly(2026, 3, 9), t.DueOn));
    }

    [Fact]
    public async Task ADecliningExpertIsReplacedAndTheAllRuleWaitsForTheReplacement()
    {
        var d = await ConsultingAsync();
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");
        await d.Act(Expert(2), "giveExpertOpinion", comment: "同意");

        await d.Case.DeclineGroupTaskAsync(d.Workflow, "与相对人有业务往来", "e4", new { seed = 7 }, d.Context(Expert(3)));

        Assert.Equal("expertConsultation", d.Case.State);
        var open = Assert.Single(d.Case.OpenTasks);
        Assert.Equal("e4", open.AssigneeId);
        Assert.Equal(new DateOnly(2026, 3, 9), open.DueOn);
        Assert.Contains(d.Case.Tasks, t => t.AssigneeId == "e3" && t.Status == WorkItemStatus.Cancelled && t.Outcome == "拒绝：与相对人有业务往来");
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Expert(3), "giveExpertOpinion", comment: "改变主意"));

        await d.Act(Expert(4), "giveExpertOpinion", comment: "不同意");

        Assert.Equal("townshipReview", d.Case.State);
        var events = d.Case.DequeueEvents();
        Assert.Contains(events, e => e.Action == "declineConsultation" && e.ActorId == "e3" && e.Data!.Contains("\"replacement\":\"e4\""));
    }

    [Fact]
    public async Task OnlyAnInvitedExpertMayDeclineAndOnlyWithAReason()
    {
        var d = await ConsultingAsync();

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Case.DeclineGroupTaskAsync(d.Workflow, "没空", null, null, d.Context(Expert(5))));
        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Case.DeclineGroupTaskAsync(d.Workflow, " ", null, null, d.Context(Expert(1))));
    }

    [Fact]
    public async Task AfterTheDeadlineAQuorumCompletesTheAllRule()
    {
        var d = await ConsultingAsync();
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");

        d.AdvanceDays(8);
        Assert.False(await d.Case.CompleteGroupAfterDeadlineAsync(d.Workflow, d.Context(Reviewer)));
        Assert.Equal("expertConsultation", d.Case.State);

        await d.Act(Expert(2), "giveExpertOpinion", comment: "修改后同意");
        Assert.Equal("expertConsultation", d.Case.State);
        Assert.True(await d.Case.CompleteGroupAfterDeadlineAsync(d.Workflow, d.Context(Reviewer)));

        Assert.Equal("townshipReview", d.Case.State);
        Assert.False(d.Case.Clock.IsPaused);
        Assert.Contains(d.Case.Tasks, t => t.AssigneeId == "e3" && t.Status == WorkItemStatus.Cancelled);
        Assert.Contains(d.Case.DequeueEvents(), e => e.Action == "consultationDeadline" && e.ActorId == "system");
    }

    [Fact]
    public async Task BeforeTheDeadlineAQuorumIsNotEnough()
    {
        var d = await ConsultingAsync();
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");
        await d.Act(Expert(2), "giveExpertOpinion", comment: "同意");

        d.AdvanceDays(3);

        Assert.False(await d.Case.CompleteGroupAfterDeadlineAsync(d.Workflow, d.Context(Reviewer)));
        Assert.Equal("expertConsultation", d.Case.State);
    }

    [Fact]
    public void SummaryGivesTheMajorityViewAndEveryDissent()
    {
        var c = ExpertConsultation.Open(Guid.NewGuid(), 1, "expertConsultation", ["合同"], 3, 9, null,
            new[] { "e1", "e2", "e3", "e4" }.Select(u => new PanelMember(null, u, $"专家{u}", "单位", "院校")), DateTime.UnixEpoch);
        c.Answer("e1", ExpertVerdict.AgreeWithChanges, "删除第五条", ["第五条税收返还无效"], DateTime.UnixEpoch);
        c.Answer("e2", ExpertVerdict.AgreeWithChanges, "修改后可签", [], DateTime.UnixEpoch);
        c.Answer("e3", ExpertVerdict.Disagree, "奖励与税收挂钩，不宜签订", [], DateTime.UnixEpoch);
        c.Decline("e4", "回避", DateTime.UnixEpoch);

        var s = c.Summary;

        Assert.Equal(ExpertVerdict.AgreeWithChanges, s.Majority);
        Assert.Equal(["e3"], s.Dissents.Select(m => m.UserId));
        Assert.Equal(1, s.Declined);
        Assert.Equal("3 位专家提交意见，多数意见为「修改后同意」（2 位），1 位持不同意见（专家e3：不同意）", s.Text);
        Assert.Equal(64, c.Members[0].Signature!.Length);
        Assert.Throws<ActionNotAllowedException>(() => c.Answer("e1", ExpertVerdict.Agree, "再答一次", [], DateTime.UnixEpoch));
    }

    [Fact]
    public void ATieHasNoMajority()
    {
        var c = ExpertConsultation.Open(Guid.NewGuid(), 1, "x", [], 3, null, null,
            new[] { "e1", "e2" }.Select(u => new PanelMember(null, u, u, "单位", "院校")), DateTime.UnixEpoch);
        c.Answer("e1", ExpertVerdict.Agree, "同意", [], DateTime.UnixEpoch);
        c.Answer("e2", ExpertVerdict.Disagree, "不同意", [], DateTime.UnixEpoch);

        Assert.Null(c.Summary.Majority);
        Assert.Equal(2, c.Summary.Dissents.Count);
        Assert.Contains("意见分歧", c.Summary.Text);
    }

    [Theory]
    [InlineData("同意", ExpertVerdict.Agree)]
    [InlineData("同意修改后签订", ExpertVerdict.AgreeWithChanges)]
    [InlineData("修改后同意", ExpertVerdict.AgreeWithChanges)]
    [InlineData("不同意：奖励与税收挂钩", ExpertVerdict.Disagree)]
    [InlineData("disagree", ExpertVerdict.Disagree)]
    [InlineData("建议再议", null)]
    public void AVerdictIsReadFromTheOpeningWordsOfAFreeTextOpinion(string text, ExpertVerdict? expected) =>
        Assert.Equal(expected, ExpertVerdicts.FromText(text));
}
