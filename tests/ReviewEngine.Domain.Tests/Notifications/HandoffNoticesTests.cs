using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Notifications;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Tests.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Notifications;

/// <summary>Each hand-off asks for the notices its pinned definition's notify lists name, keyed by the step's audit event.</summary>
public sealed class HandoffNoticesTests
{
    [Fact]
    public void SubmissionOffersRegistrationToTheTownshipsRegistrars()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");

        var notice = Assert.Single(d.Case.DequeueNotices());

        Assert.Equal(NotificationKind.TaskOffered, notice.Kind);
        Assert.Equal(NotificationRecipient.RoleIn(Roles.Registrar, "t1"), notice.Recipient);
        Assert.Equal("e1", notice.EventKey);
        Assert.Equal("d1", notice.ActorUserId);
        Assert.Contains($"「登记与形式审查」待{Roles.Label(Roles.Registrar)}认领办理", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptanceOffersTheReviewAndTellsTheSubmitter()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        d.Case.DequeueNotices();

        await d.Act(Registrar, "accept");
        var notices = d.Case.DequeueNotices();

        var offer = Assert.Single(notices, n => n.Kind == NotificationKind.TaskOffered);
        Assert.Equal(NotificationRecipient.RoleIn(Roles.Reviewer, "t1"), offer.Recipient);
        Assert.Equal("d1", offer.ExcludedUserId);
        var progress = Assert.Single(notices, n => n.Kind == NotificationKind.CaseProgress);
        Assert.Equal(NotificationRecipient.User("d1"), progress.Recipient);
        Assert.All(notices, n => Assert.Equal($"e{d.Case.EventCount}", n.EventKey));
    }

    [Fact]
    public async Task SupplementRequestIsAssignedToTheDrafterWithTheReason()
    {
        var d = Submit("normative-document", "2026-03-02", "draft");
        d.Case.DequeueNotices();

        await d.Act(Registrar, "requestSupplement", comment: "缺起草说明");

        var notice = Assert.Single(d.Case.DequeueNotices());
        Assert.Equal(NotificationKind.TaskAssigned, notice.Kind);
        Assert.Equal(NotificationRecipient.User("d1"), notice.Recipient);
        Assert.Contains("说明：缺起草说明", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferralOffersGuidanceToTheDistrictsReviewers()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        d.Case.DequeueNotices();

        await d.Act(Reviewer, "referToDistrict", comment: "请区中心指导");

        var notice = Assert.Single(d.Case.DequeueNotices());
        Assert.Equal(NotificationRecipient.RoleIn(Roles.DistrictReviewer, "district"), notice.Recipient);
    }

    [Fact]
    public async Task InvitedExpertsEachGetTheirOwnTask()
    {
        var d = SubmitComplete("major-decision", "2026-03-02");
        await d.Act(Registrar, "accept");
        d.Case.DequeueNotices();

        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3", "e4", "e5"]);

        var notices = d.Case.DequeueNotices();
        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], notices.Select(n => n.Recipient.UserId));
        Assert.All(notices, n => Assert.Equal(NotificationKind.TaskAssigned, n.Kind));
    }

    [Fact]
    public async Task ApprovedOpinionTellsTheSubmitterAndAssignsTheAdoptionFeedback()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "合法", conclusion: "合法");
        d.Case.DequeueNotices();

        await d.Act(Lead, "approveOpinion");
        var notices = d.Case.DequeueNotices();

        Assert.Equal([NotificationKind.TaskAssigned, NotificationKind.CaseProgress], notices.Select(n => n.Kind));
        Assert.All(notices, n => Assert.Equal("d1", n.Recipient.UserId));
    }

    [Fact]
    public async Task InternalActionNotifiesNobodyByDefault()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        d.Case.DequeueNotices();

        await d.Act(Reviewer, "markComplex", comment: "涉及多部门");

        Assert.Empty(d.Case.DequeueNotices());
    }

    [Fact]
    public async Task ReassignedTaskIsAssignedToTheNewHolder()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        d.Case.DequeueNotices();
        var task = d.Case.OpenTasks.Single();

        d.Case.ReassignTask(task.Id, new UserAccount("r2", "赵审查", "t1", [Roles.Reviewer]), new Organisation("t1", "某镇", OrganisationKind.Township, "district"), "张审查出差", d.Context(Lead));

        var notice = Assert.Single(d.Case.DequeueNotices());
        Assert.Equal((NotificationKind.TaskAssigned, "r2"), (notice.Kind, notice.Recipient.UserId));
        Assert.Contains("转办给您", notice.Text, StringComparison.Ordinal);
        Assert.Contains("张审查出差", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacementExpertIsInvited()
    {
        var d = SubmitComplete("major-decision", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证", assignees: ["e1", "e2", "e3", "e4", "e5"]);
        d.Case.DequeueNotices();

        await d.Case.DeclineGroupTaskAsync(d.Workflow, "与相对人有业务往来", "e6", null, d.Context(Expert(3)));

        var notice = Assert.Single(d.Case.DequeueNotices());
        Assert.Equal((NotificationKind.TaskAssigned, "e6"), (notice.Kind, notice.Recipient.UserId));
    }
}
