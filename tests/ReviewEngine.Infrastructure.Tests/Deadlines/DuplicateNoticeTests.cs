using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>A step re-entered with the same due date gets a new task and new rungs; the recipient hears each notice once.</summary>
public sealed class DuplicateNoticeTests
{
    [Fact]
    public async Task ReenteredStepDoesNotRepeatTheDueSoonNotice()
    {
        // Accepted Mon 2026-03-02: due Mon 03-23, 临期 on Thu 03-19. That day the reviewer asks the lawyer, who answers the
        // same day: 审查 is entered again with the same due date, and its new task's 临期 rung is due at once.
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.TickAsync();
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 19, 9));
        await db.TickAsync();
        Assert.Single(await db.NotificationsAsync(id), n => n.Kind == NotificationKind.DueSoon);

        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "无意见"));
        await db.TickAsync();
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 19, 10));
        await db.TickAsync();

        var notices = await db.NotificationsAsync(id);
        Assert.Single(notices, n => n.Kind == NotificationKind.DueSoon && n.Text.Contains("2026年3月23日", StringComparison.Ordinal));
        Assert.All(notices.GroupBy(n => (n.Text, n.RecipientUserId, n.RecipientRole)), g => Assert.Single(g));
    }
}
