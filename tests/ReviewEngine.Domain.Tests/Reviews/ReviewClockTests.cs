using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class ReviewClockTests
{
    [Fact]
    public async Task SupplementDuringReviewPausesTheClockAndMovesTheDueDateByThePausedWorkingDays()
    {
        var d = SubmitComplete("normative-document", "2026-09-14"); // Monday
        await d.Act(Registrar, "accept");
        var dueBefore = d.Case.DueOn!.Value;
        Assert.Equal(new DateOnly(2026, 10, 10), dueBefore); // 15 WD across 中秋, 国庆 and two 调休 days (09-20, 10-10)

        await d.Act(Reviewer, "requestReviewSupplement", comment: "请补充收费依据");
        Assert.True(d.Case.Clock.IsPaused);
        d.AdvanceDays(3); // Thursday: Tue, Wed, Thu paused
        await d.Act(Drafter, "submitSupplement", document: Document("legalBasis", 'x'));

        Assert.False(d.Case.Clock.IsPaused);
        Assert.Equal("townshipReview", d.Case.State);
        Assert.Equal(TestWorkflows.Calendar.AddWorkingDays(dueBefore, 3).Date, d.Case.DueOn);
    }

    [Fact]
    public async Task PauseOverAHolidayCostsNoWorkingDays()
    {
        var d = SubmitComplete("administrative-agreement", "2026-09-28");
        await d.Act(Registrar, "accept");
        var due = d.Case.DueOn;

        await d.Act(Reviewer, "requestReviewSupplement", comment: "补充批准文件");
        d.AdvanceDays(7); // 09-28 → 10-05: 09-29, 09-30 are working days; 10-01..05 holiday
        await d.Act(Drafter, "submitSupplement", document: Document("legalBasis", 'y'));

        Assert.Equal(2, d.Case.Clock.Read(TestWorkflows.Calendar, d.Today).PausedWorkingDays);
        Assert.Equal(TestWorkflows.Calendar.AddWorkingDays(due!.Value, 2).Date, d.Case.DueOn);
    }

    [Fact]
    public async Task ExtensionIsGrantedOnceByTheReviewLead()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        var due = d.Case.DueOn!.Value;

        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Lead, "approveExtension"));
        await d.Act(Reviewer, "requestExtension", comment: "涉及多部门意见");
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => d.Act(Reviewer, "approveExtension"));
        await d.Act(Lead, "approveExtension");

        Assert.Equal(TestWorkflows.Calendar.AddWorkingDays(due, 15).Date, d.Case.DueOn);
        Assert.All(d.Case.OpenTasks, t => Assert.Equal(d.Case.DueOn, t.DueOn));
        Assert.DoesNotContain("requestExtension", d.ActionIdsFor(Reviewer));
        await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Reviewer, "requestExtension", comment: "再延期"));
    }

    [Fact]
    public async Task ApprovedOpinionStopsTheClock()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "合法", conclusion: "合法");
        await d.Act(Lead, "approveOpinion");

        Assert.NotNull(d.Case.Clock.StoppedOn);
        Assert.False(d.Case.Clock.IsRunning);
    }

    [Fact]
    public async Task ExpertConsultationTimeIsNotCountedAgainstTheReviewClock()
    {
        var d = SubmitComplete("administrative-agreement", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "markComplex", comment: "涉及土地出让");
        var due = d.Case.DueOn!.Value;

        await d.Act(Reviewer, "requestExpertConsultation", comment: "论证奖励条款", assignees: ["e1", "e2", "e3"]);
        d.AdvanceDays(2); // Mon → Wed
        await d.Act(Expert(1), "giveExpertOpinion", comment: "同意");
        await d.Act(Expert(2), "giveExpertOpinion", comment: "同意");
        await d.Act(Expert(3), "giveExpertOpinion", comment: "不同意");

        Assert.Equal("townshipReview", d.Case.State);
        Assert.Equal(TestWorkflows.Calendar.AddWorkingDays(due, 2).Date, d.Case.DueOn);
    }

    [Fact]
    public void ClockThatNeverStartedHasNoDueDate() =>
        Assert.Null(ReviewClock.NotStarted.Pause(new DateOnly(2026, 3, 2), "补正").Read(TestWorkflows.Calendar, new DateOnly(2026, 3, 9)).Due);
}
