using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class CaseAccessTests
{
    [Fact]
    public async Task ReviewerOfAnotherTownshipCannotAct()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");

        var ex = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(OtherTownshipReviewer, "requestLawyerOpinion"));

        Assert.Contains("不属于本乡镇（街道）的案件", ex.Reasons);
    }

    [Fact]
    public async Task TheDrafterCannotReviewTheirOwnMatter()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        var drafterAsReviewer = new Actor(Drafter.UserId, Drafter.DisplayName, Roles.Reviewer, "t1", OrganisationKind.Township);

        var ex = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(drafterAsReviewer, "requestLawyerOpinion"));

        Assert.Contains(ex.Reasons, r => r.Contains("内部分离"));
        Assert.Throws<ActionNotAllowedException>(() => d.Case.ClaimTask(d.Case.OpenTasks.Single().Id, d.Context(drafterAsReviewer)));
    }

    [Fact]
    public async Task OnlyTheCasesOwnDrafterMayWithdraw()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        var colleague = new Actor("d2", "另一承办人", Roles.Drafter, "t1", OrganisationKind.Township);

        var ex = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(colleague, "withdraw", comment: "撤回"));

        Assert.Contains("仅限本案承办人", ex.Reasons);
    }

    [Fact]
    public async Task WrongRoleIsToldWhichRolesMayAct()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");

        var ex = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Reviewer, "accept"));

        Assert.Contains(ex.Reasons, r => r.Contains("党政综合办公室"));
    }

    [Fact]
    public async Task ClaimedTaskBelongsToItsHolderUntilReleased()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        var task = d.Case.OpenTasks.Single();

        d.Case.ClaimTask(task.Id, d.Context(Reviewer));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(SecondReviewer, "requestLawyerOpinion"));
        Assert.Throws<ActionNotAllowedException>(() => d.Case.ClaimTask(task.Id, d.Context(SecondReviewer)));

        d.Case.ReleaseTask(task.Id, d.Context(Reviewer));
        await d.Act(SecondReviewer, "requestLawyerOpinion");
        Assert.Equal("lawyerOpinion", d.Case.State);
    }

    [Fact]
    public async Task ReassignmentNeedsAReasonAndAnEligiblePerson()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        var task = d.Case.OpenTasks.Single();
        var township = new Organisation("t1", "某镇", OrganisationKind.Township, "district");
        var r2 = new UserAccount("r2", "赵审查", "t1", [Roles.Reviewer]);
        var drafter = new UserAccount("d1", "王承办", "t1", [Roles.Drafter, Roles.Reviewer]);

        Assert.Throws<ActionNotAllowedException>(() => d.Case.ReassignTask(task.Id, r2, township, "", d.Context(Lead)));
        Assert.Throws<ActionNotAllowedException>(() => d.Case.ReassignTask(task.Id, drafter, township, "人手不足", d.Context(Lead)));
        Assert.Throws<ActionNotAllowedException>(() => d.Case.ReassignTask(task.Id, r2, township, "人手不足", d.Context(Reviewer)));
        d.Case.ReassignTask(task.Id, r2, township, "张审查出差", d.Context(Lead));

        Assert.Equal("r2", task.AssigneeId);
        Assert.Contains(d.Case.DequeueEvents(), e => e.Action == "reassign" && e.Comment == "张审查出差");
    }

    [Fact]
    public async Task DistrictCentreGivesGuidanceOnlyWhenReferred()
    {
        var d = SubmitComplete("administrative-agreement", "2026-03-02");
        await d.Act(Registrar, "accept");
        Assert.Empty(d.ActionIdsFor(District));

        await d.Act(Reviewer, "referToDistrict", comment: "重大疑难");
        Assert.Equal(["giveGuidance"], d.ActionIdsFor(District));
        await d.Act(District, "giveGuidance", comment: "指导意见");

        Assert.Equal("townshipReview", d.Case.State);
    }

    [Fact]
    public async Task TheSystemRoleCannotBeImpersonated()
    {
        var d = SubmitComplete("administrative-agreement", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "markComplex", comment: "复杂");
        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3"]);
        var fake = new Actor("hacker", "系统", Roles.System, "t1", OrganisationKind.Township);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(fake, "consultationComplete"));
    }
}
