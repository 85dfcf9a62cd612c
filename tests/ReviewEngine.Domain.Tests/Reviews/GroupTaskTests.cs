using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class GroupTaskTests
{
    [Fact]
    public async Task ExpertConsultationNeedsTheComplexFlagAndEnoughExperts()
    {
        var d = SubmitComplete("administrative-agreement", "2026-03-02");
        await d.Act(Registrar, "accept");

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3"]));
        await d.Act(Reviewer, "markComplex", comment: "涉及土地");
        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e1"]));
        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3"]);

        Assert.Equal(3, d.Case.OpenTasks.Count(t => t.Role == "expert"));
    }

    [Fact]
    public async Task AllRuleWaitsForEveryExpertThenMovesOn()
    {
        var d = SubmitComplete("administrative-agreement", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "markComplex", comment: "复杂");
        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3"]);

        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Expert(1), "giveExpertOpinion", comment: "再说一次"));
        await d.Act(Expert(2), "giveExpertOpinion", comment: "同意");
        Assert.Equal("expertConsultation", d.Case.State);
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Expert(4), "giveExpertOpinion", comment: "未被抽中"));
        await d.Act(Expert(3), "giveExpertOpinion", comment: "不同意");

        Assert.Equal("townshipReview", d.Case.State);
        Assert.Contains("expertConsultation", d.Case.VisitedInRound);
        Assert.Contains(d.Case.DequeueEvents(), e => e.Action == "consultationComplete" && e.ActorId == "system");
    }

    [Theory]
    [InlineData(CompletionRuleKind.All, 0, 2, 3, false)]
    [InlineData(CompletionRuleKind.All, 0, 3, 3, true)]
    [InlineData(CompletionRuleKind.Any, 0, 1, 5, true)]
    [InlineData(CompletionRuleKind.Majority, 0, 3, 5, false)]
    [InlineData(CompletionRuleKind.Majority, 0, 5, 5, true)]
    [InlineData(CompletionRuleKind.Quorum, 2, 1, 5, false)]
    [InlineData(CompletionRuleKind.Quorum, 2, 2, 5, true)]
    public void CompletionRules(CompletionRuleKind kind, int quorum, int done, int total, bool satisfied) =>
        Assert.Equal(satisfied, new CompletionRule(kind, quorum, "x").IsSatisfied(done, total));
}
