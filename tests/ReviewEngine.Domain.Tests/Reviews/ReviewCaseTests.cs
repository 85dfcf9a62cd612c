using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class ReviewCaseTests
{
    [Fact]
    public void SubmittedCaseWaitsForRegistrationWithATwoWorkingDayTask()
    {
        var d = SubmitComplete("normative-document", "2026-09-30");

        Assert.Equal("registration", d.Case.State);
        var task = Assert.Single(d.Case.OpenTasks);
        Assert.Equal("registrar", task.Role);
        Assert.Equal(new DateOnly(2026, 10, 9), task.DueOn); // 10-08, 10-09 after 国庆
        Assert.Null(d.Case.DueOn);
        Assert.Equal("submit", d.Case.DequeueEvents().Single().Action);
    }

    [Fact]
    public async Task IncompleteMaterialsBlockAcceptanceAndNameWhatIsMissing()
    {
        var d = Submit("normative-document", "2026-03-02", "draft", "legalBasis");

        var accept = d.Case.AvailableActions(d.Workflow, Registrar).Single(a => a.ActionId == "accept");

        Assert.False(accept.Available);
        Assert.Contains(accept.Reasons, r => r.Contains("起草说明") && r.Contains("公开征求意见及采纳情况"));
        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Registrar, "accept"));
    }

    [Fact]
    public async Task SupplementBeforeAcceptanceDoesNotStartTheClock()
    {
        var d = Submit("normative-document", "2026-03-02", "draft", "legalBasis", "draftingNote");

        await d.Act(Registrar, "requestSupplement", comment: "缺公开征求意见材料");
        Assert.Equal("supplement", d.Case.State);
        Assert.Null(d.Case.DueOn);
        Assert.Equal("d1", Assert.Single(d.Case.OpenTasks).AssigneeId);

        d.AdvanceDays(3);
        await d.Act(Drafter, "submitSupplement", document: Document("publicComment"));
        await d.Act(Registrar, "accept");

        Assert.Equal("townshipReview", d.Case.State);
        Assert.Equal(new DateOnly(2026, 3, 26), d.Case.DueOn); // accepted Thu 03-05 + 15 working days
    }

    [Fact]
    public async Task RequestSupplementNeedsAReason()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");

        var ex = await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Registrar, "requestSupplement"));

        Assert.Contains("须填写意见或理由", ex.Message);
        Assert.Equal("registration", d.Case.State);
    }

    [Fact]
    public async Task OutOfScopeMatterGoesBackWithoutAClock()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");

        await d.Act(Registrar, "returnOutOfScope", comment: "会议纪要，不属于规范性文件");

        Assert.Equal("outOfScope", d.Case.State);
        Assert.True(d.Case.IsClosed);
        Assert.Null(d.Case.DueOn);
        Assert.Empty(d.Case.OpenTasks);
    }

    [Fact]
    public async Task ReturnToAnEarlierStepNeedsAReasonAndATargetTheDefinitionAllows()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "合法", conclusion: "合法");

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Lead, "returnOpinion", target: "lawyerOpinion"));
        await Assert.ThrowsAsync<DomainException>(() => d.Act(Lead, "returnOpinion", comment: "需补充律师意见", target: "registration"));
        await d.Act(Lead, "returnOpinion", comment: "需补充律师意见", target: "lawyerOpinion");

        Assert.Equal("lawyerOpinion", d.Case.State);
        Assert.Equal("lawyer", Assert.Single(d.Case.OpenTasks).Role);
    }

    [Fact]
    public async Task DrafterMayWithdrawBeforeTheOpinionButNotAfter()
    {
        var before = SubmitComplete("normative-document", "2026-03-02");
        await before.Act(Registrar, "accept");
        await before.Act(Drafter, "withdraw", comment: "政策调整，暂不出台");
        Assert.Equal("withdrawn", before.Case.State);
        Assert.Empty(before.Case.OpenTasks);
        Assert.True(before.Case.Clock.StoppedOn is not null);

        var after = SubmitComplete("normative-document", "2026-03-02");
        await after.ReachOpinionReadyAsync();
        await after.Act(Reviewer, "draftOpinion", comment: "合法", conclusion: "合法");
        await after.Act(Lead, "approveOpinion");
        await Assert.ThrowsAsync<DomainException>(() => after.Act(Drafter, "withdraw", comment: "撤回"));
    }

    [Fact]
    public async Task OpinionNeedsTheLawyersOpinionFirstAndTellsWhy()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");

        var draft = d.Case.AvailableActions(d.Workflow, Reviewer).Single(a => a.ActionId == "draftOpinion");

        Assert.False(draft.Available);
        Assert.Contains(draft.Reasons, r => r.Contains("公职律师/法律顾问意见"));
        Assert.Contains("RequiresConclusion", draft.Inputs);
    }

    [Fact]
    public async Task UnlawfulConclusionRequiresANewRound()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "发文主体不适格", conclusion: "不合法");
        await d.Act(Lead, "approveOpinion");

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Drafter, "submitRevision", document: Document("draft"), adoptions: []));
        await d.Act(Drafter, "submitNewRound", document: Document("draft", 'n'));

        Assert.Equal("registration", d.Case.State);
        Assert.Equal(2, d.Case.Round);
        Assert.Null(d.Case.Opinion);
        Assert.Null(d.Case.DueOn);
        Assert.Equal(["draft"], d.Case.AttachedMaterials);
    }

    [Fact]
    public async Task RevisionMustAnswerEveryIssueAndReviewerRechecks()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        OpinionIssue[] issues = [new(1, "第五条", "自设收费", "N-CONT-04", "删除"), new(2, "第七条", "自设罚款", "N-CONT-02", "删除")];
        await d.Act(Reviewer, "draftOpinion", comment: "修改后合法", conclusion: "修改后合法", issues: issues);
        await d.Act(Lead, "approveOpinion");
        Assert.True(d.Case.Opinion!.Approved);

        IssueAdoption[] partial = [new(1, AdoptionDecision.Adopted, null), new(2, AdoptionDecision.NotAdopted, null)];
        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Drafter, "submitRevision", document: Document("draft"), adoptions: partial));

        IssueAdoption[] answered = [new(1, AdoptionDecision.Adopted, null), new(2, AdoptionDecision.NotAdopted, "上位法已授权")];
        await d.Act(Drafter, "submitRevision", document: Document("draft", 'r'), adoptions: answered);
        Assert.Equal("recheck", d.Case.State);
        Assert.Equal("r1", Assert.Single(d.Case.OpenTasks).AssigneeId);

        await d.Act(Reviewer, "confirmRevision");
        Assert.Equal("deliberation", d.Case.State);
        Assert.Equal(2, d.Case.Adoptions.Count);
    }

    [Fact]
    public async Task CaseRefusesADefinitionItIsNotPinnedTo()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        var other = TestWorkflows.Load("agency-contract");

        await Assert.ThrowsAsync<InvalidOperationException>(() => d.Case.PerformAsync(new ActionRequest("accept"), other, d.Context(Registrar)));
    }

    [Fact]
    public async Task EveryActionAppendsAChainedAuditEvent()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "requestLawyerOpinion");

        var events = d.Case.DequeueEvents();

        Assert.Equal(["submit", "accept", "requestLawyerOpinion"], events.Select(e => e.Action));
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.Equal(d.Case.LastEventHash, events[^1].Hash);
        Assert.Equal(("registration", "townshipReview"), (events[1].FromState, events[1].ToState));
    }
}
