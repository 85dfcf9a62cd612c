using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Deadlines;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>When a due date moves (extension, 补正 pause) the old rungs are cancelled, never fired, and new ones planned.</summary>
public sealed class ReplanningTests
{
    [Fact]
    public async Task ExtensionCancelsTheOldRungsAndPlansNewOnes()
    {
        // Accepted Mon 2026-03-02: 15 WD → due Mon 03-23; the extension adds 15 WD → due Tue 04-14 (清明 04-06 off).
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.TickAsync();
        var review = (await db.TimersAsync(id)).Where(t => t.DueOn == new DateOnly(2026, 3, 23)).ToList();
        Assert.Equal(4, review.Count);

        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestExtension", Comment: "情况复杂"));
        await db.ActAsync(id, "lb-lead", "reviewLead", new ActionRequest("approveExtension", Comment: "同意延期"));
        var tick = await db.TickAsync();

        var timers = await db.TimersAsync(id);
        Assert.All(timers.Where(t => t.DueOn == new DateOnly(2026, 3, 23)), t => Assert.NotNull(t.CancelledAtUtc));
        var moved = timers.Where(t => t.DueOn == new DateOnly(2026, 4, 14)).ToList();
        Assert.Equal(4, moved.Count);
        Assert.Equal(new DateOnly(2026, 4, 10), moved.Single(t => t.Rung == DeadlineRungKind.Yellow).FireOn);
        Assert.True(tick.Cancelled >= 4);

        // Walk past the old due date: nothing fires for it.
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 25, 9));
        await db.TickAsync();
        Assert.DoesNotContain(await db.NotificationsAsync(id), n => review.Any(r => r.Id == n.TimerId));
    }

    [Fact]
    public async Task ReturnForSupplementCancelsTheReviewRungs()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.TickAsync();

        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestReviewSupplement", Comment: "缺少征求意见材料"));
        await db.TickAsync();

        var timers = await db.TimersAsync(id);
        Assert.All(timers.Where(t => t.DueOn == new DateOnly(2026, 3, 23)), t => Assert.NotNull(t.CancelledAtUtc));
        // The drafter's 补正 task has its own 5 WD deadline (Mon 03-09) and its own rungs.
        Assert.Equal(4, timers.Count(t => t.DueOn == new DateOnly(2026, 3, 9) && t.IsPending));
    }

    [Fact]
    public async Task AStaleRowClaimedBeforeReplanningIsCancelledAtSend()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        await db.TickAsync();
        var red = (await db.TimersAsync(id)).Single(t => t.Rung == DeadlineRungKind.Red);
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));

        var handler = (Func<IServiceProvider, FireDeadlineTimerHandler>)(sp => sp.GetRequiredService<FireDeadlineTimerHandler>());
        Assert.True(await db.RunAsync(sp => handler(sp).ClaimAsync(red.Id, "me", TimeSpan.FromMinutes(5))));
        Assert.Equal(FireOutcome.Cancelled, await db.RunAsync(sp => handler(sp).SendAsync(red.Id, "me")));
        Assert.DoesNotContain(await db.NotificationsAsync(id), n => n.TimerId == red.Id);
    }
}
