using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>
/// Issue 21 item 4: 重大行政执法决定法制审核 (行政处罚法第五十八条). The enforcement unit submits the case file; a legal
/// reviewer who neither submitted it nor investigated it reviews it (内部分离); the opinion is 同意 / 建议修改 / 不同意 and
/// 不同意 never leads to the decision being made.
/// </summary>
public sealed class MajorEnforcementTests
{
    private static readonly string[] CaseFile = ["decisionDraft", "caseFacts", "evidence", "procedure", "legalBasis", "discretion"];

    private static readonly Domain.Organisations.Organisation Township = new("t1", "罗埠镇", Domain.Organisations.OrganisationKind.Township);

    private static CaseDriver Investigated(string investigators) =>
        Submit("major-enforcement", "2026-03-02", new Dictionary<string, string> { [CasePeople.Investigators] = investigators }, CaseFile);

    [Fact]
    public void TheCaseFileIsRequiredAndTheClockIsShort()
    {
        var wf = TestWorkflows.Load("major-enforcement");

        Assert.Equal([MatterKind.MajorEnforcement], wf.Kinds);
        Assert.Equal(CaseFile, wf.Materials.Where(m => m.Required).Select(m => m.Id));
        Assert.Equal(5, wf.ReviewClock.WorkingDays);
        Assert.Equal([Conclusions.Agree, Conclusions.SuggestRevision, Conclusions.Disagree], wf.Conclusions);
    }

    [Fact]
    public async Task AnInvestigatingOfficerCannotReviewTheCase()
    {
        var d = Investigated("r1、李调查");
        await d.Act(Registrar, "accept");

        var refused = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Reviewer, "requestLawyerOpinion"));

        Assert.Contains("调查人员", refused.Message);
        await d.Act(SecondReviewer, "requestLawyerOpinion");
        Assert.Equal("lawyerOpinion", d.Case.State);
    }

    [Fact]
    public async Task AnInvestigatingOfficerCannotClaimTheReviewOrBeGivenIt()
    {
        var d = Investigated("r1");
        await d.Act(Registrar, "accept");
        var task = d.Case.OpenTasks.Single();

        var refused = Assert.Throws<ActionNotAllowedException>(() => d.Case.ClaimTask(task.Id, d.Context(Reviewer), d.Workflow));
        Assert.Contains("调查人员", refused.Message);
        d.Case.ClaimTask(task.Id, d.Context(SecondReviewer), d.Workflow);
        Assert.Equal(SecondReviewer.UserId, d.Case.OpenTasks.Single().AssigneeId);
    }

    [Fact]
    public async Task AnInvestigatorNamedByNameCannotApproveTheOpinion()
    {
        var d = Investigated("刘负责");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "事实清楚，证据确凿", conclusion: Conclusions.Agree);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Lead, "approveOpinion"));
    }

    [Fact]
    public async Task AReviewerWithoutTheLegalQualificationCannotReviewClaimOrBeGivenTheCase()
    {
        var d = Investigated("李调查");
        await d.Act(Registrar, "accept");
        var unqualified = new Domain.Organisations.Actor("r3", "孙审查", Domain.Organisations.Roles.Reviewer, "t1", Domain.Organisations.OrganisationKind.Township);
        var task = d.Case.OpenTasks.Single();

        var acting = await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(unqualified, "requestLawyerOpinion"));
        var claiming = Assert.Throws<ActionNotAllowedException>(() => d.Case.ClaimTask(task.Id, d.Context(unqualified), d.Workflow));

        Assert.Contains("法律职业资格", acting.Message);
        Assert.Contains("第五十八条第二款", claiming.Message);
        var holder = new Domain.Organisations.UserAccount("r3", "孙审查", "t1", [Domain.Organisations.Roles.Reviewer]);
        var refused = Assert.Throws<ActionNotAllowedException>(() =>
            d.Case.ReassignTask(task.Id, holder, Township, "人手调整", d.Context(Lead), d.Workflow));
        Assert.Contains("法律职业资格", refused.Message);
        holder.SetQualifications([Domain.Organisations.Qualifications.LegalProfession]);
        d.Case.ReassignTask(task.Id, holder, Township, "人手调整", d.Context(Lead), d.Workflow);
        Assert.Equal("r3", d.Case.OpenTasks.Single().AssigneeId);
    }

    [Fact]
    public void AQualificationOutsideTheVocabularyIsRefusedWhereItIsRecorded()
    {
        var account = new Domain.Organisations.UserAccount("r3", "孙审查", "t1", [Domain.Organisations.Roles.Reviewer]);

        var refused = Assert.Throws<ArgumentException>(() => account.SetQualifications(["lawDegree"]));

        Assert.Contains("legalProfession", refused.Message);
    }

    [Fact]
    public async Task TheSubmitterCannotReviewEither()
    {
        var d = Investigated("");
        await d.Act(Registrar, "accept");
        var submitterAsReviewer = new Domain.Organisations.Actor(Drafter.UserId, Drafter.DisplayName, Domain.Organisations.Roles.Reviewer, "t1", Domain.Organisations.OrganisationKind.Township);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(submitterAsReviewer, "requestLawyerOpinion"));
    }

    [Fact]
    public async Task DisagreeLeadsOnlyToANewRoundOrNoDecision()
    {
        var d = Investigated("李调查");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "证据不足以认定违法事实", conclusion: Conclusions.Disagree);
        await d.Act(Lead, "approveOpinion");

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Drafter, "confirmAdoption"));
        await d.Act(Drafter, "abandonMatter", comment: "不予处罚");

        Assert.Equal("withdrawn", d.Case.State);
    }

    [Fact]
    public void AFileNamingAnUnknownListIsRejected()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "major-enforcement.json")).Replace("\"investigators\"", "\"witnesses\"");

        var result = WorkflowParser.Parse(json, "major-enforcement.json");

        Assert.Contains(result.Errors, e => e.Path.EndsWith(".excludeListed[0]", StringComparison.Ordinal) && e.Message.Contains("witnesses"));
    }

    [Fact]
    public void AFileRequiringAnUnknownQualificationIsRejected()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "major-enforcement.json")).Replace("\"legalReviewBefore2021\"", "\"lawDegree\"");

        var result = WorkflowParser.Parse(json, "major-enforcement.json");

        Assert.Contains(result.Errors, e => e.Path.EndsWith(".requireQualification[1]", StringComparison.Ordinal) && e.Message.Contains("lawDegree"));
    }
}

