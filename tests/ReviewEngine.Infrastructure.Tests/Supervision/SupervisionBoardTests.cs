using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Supervision;
using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Supervision;

/// <summary>
/// Two 罗埠镇 documents submitted Mon 2026-03-02 (registration due Wed 03-04, 2 WD). One is accepted at once (review
/// task, due 15 WD later); the other waits. On Fri 03-06 the waiting one is 2 WD overdue and was escalated (督办) on
/// Thu 03-05 by the deadline service.
/// </summary>
public sealed class SupervisionBoardTests
{
    [Fact]
    public async Task DistrictSeesOpenTasksWithHolderRemainingDaysAndEscalations()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var waiting = await db.SubmitNormativeDocumentAsync();
        var accepted = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(accepted, "lb-registrar", "registrar", new ActionRequest("accept"));
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 6, 9));
        await db.TickAsync();

        var rows = await BoardAsync(db, "wc-district");

        var late = Assert.Single(rows, r => r.CaseId == waiting);
        Assert.Equal(new DateOnly(2026, 3, 4), late.TaskDueOn);
        Assert.Equal(-2, late.RemainingWorkingDays);
        Assert.Equal(Urgency.Red, late.Urgency);
        Assert.Equal(1, late.Escalations);
        Assert.StartsWith("待认领：党政综合办公室（登记）", late.Holder);
        Assert.Equal("罗埠镇人民政府", late.TownshipName);
        var review = Assert.Single(rows, r => r.CaseId == accepted);
        Assert.Equal(Urgency.Normal, review.Urgency);
        Assert.Equal(0, review.Escalations);
        Assert.Equal(late, rows[0]); // most urgent first

        Assert.Equal([waiting], (await BoardAsync(db, "wc-district", overdueOnly: true)).Select(r => r.CaseId));
        Assert.Empty(await BoardAsync(db, "wc-district", township: "chengbei"));
        Assert.Empty(await BoardAsync(db, "wc-district", kind: "ADMIN_AGREEMENT"));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => BoardAsync(db, "lb-reviewer"));
    }

    private static async Task<IReadOnlyList<SupervisionRow>> BoardAsync(TestDatabase db, string userId, string? township = null, string? kind = null, bool overdueOnly = false)
    {
        var viewer = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId));
        return await db.RunAsync(sp => sp.GetRequiredService<GetSupervisionBoardHandler>().HandleAsync(new SupervisionQuery(viewer, township, kind, overdueOnly)));
    }
}
