using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>A fake clock walks hour by hour across 春节 and 国庆 2026; each rung fires once, on a working day.</summary>
public sealed class DeadlineLadderOverHolidaysTests
{
    [Fact]
    public async Task RegistrationLadderAcrossTheSpringFestival()
    {
        // Submitted Fri 2026-02-13; 2 WD for registration: Sat 02-14 (调休, worked), then 02-15..23 off, due Tue 02-24.
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 2, 13, 9));
        var id = await db.SubmitNormativeDocumentAsync();

        var fired = await WalkAsync(db, id, ChinaAt(2026, 2, 27, 18));

        Assert.Equal(new DateOnly(2026, 2, 24), (await db.TimersAsync(id)).Select(t => t.DueOn).Distinct().Single());
        Assert.Equal(
            [(DeadlineRungKind.Yellow, new DateOnly(2026, 2, 13)), (DeadlineRungKind.Remind, new DateOnly(2026, 2, 14)),
             (DeadlineRungKind.Red, new DateOnly(2026, 2, 24)), (DeadlineRungKind.Escalate, new DateOnly(2026, 2, 25))],
            fired);
        Assert.DoesNotContain(fired, f => f.Day >= new DateOnly(2026, 2, 15) && f.Day <= new DateOnly(2026, 2, 23));
        await AssertNotificationsAndAuditAsync(db, id);
    }

    [Fact]
    public async Task RegistrationLadderAcrossNationalDay()
    {
        // Submitted Wed 2026-09-30; 2 WD: 10-01..07 off, Thu 10-08, Fri 10-09 → due 10-09; escalation on Sat 10-10 (调休, worked).
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 9, 30, 10));
        var id = await db.SubmitNormativeDocumentAsync();

        var fired = await WalkAsync(db, id, ChinaAt(2026, 10, 13, 18));

        Assert.Equal(
            [(DeadlineRungKind.Yellow, new DateOnly(2026, 9, 30)), (DeadlineRungKind.Remind, new DateOnly(2026, 10, 8)),
             (DeadlineRungKind.Red, new DateOnly(2026, 10, 9)), (DeadlineRungKind.Escalate, new DateOnly(2026, 10, 10))],
            fired);
        await AssertNotificationsAndAuditAsync(db, id);
    }

    /// <summary>Advances the fake clock an hour at a time, one processor pass per hour; returns (rung, China day it fired).</summary>
    private static async Task<List<(DeadlineRungKind Rung, DateOnly Day)>> WalkAsync(TestDatabase db, Guid caseId, DateTimeOffset until)
    {
        var fired = new List<(DeadlineRungKind, DateOnly)>();
        var calendar = db.Services.GetRequiredService<IWorkflowCatalog>().Calendar;
        for (; db.Clock.GetUtcNow() <= until; db.Clock.Advance(TimeSpan.FromHours(1)))
        {
            await db.TickAsync();
            var today = ChinaTime.Today(db.Clock);
            var newlyFired = (await db.TimersAsync(caseId)).Where(t => t.FiredAtUtc is not null && !fired.Any(f => f.Item1 == t.Rung)).ToList();
            fired.AddRange(newlyFired.OrderBy(t => t.FireAtUtc).Select(t => (t.Rung, today)));
            Assert.All(newlyFired, t => Assert.True(calendar.IsWorkingDay(today), $"{t.Rung} fired on {today}, not a working day"));
        }

        return fired;
    }

    private static async Task AssertNotificationsAndAuditAsync(TestDatabase db, Guid caseId)
    {
        var notes = await db.NotificationsAsync(caseId);
        Assert.Equal(4, notes.Count);
        var reminder = notes.Single(n => n.Kind == NotificationKind.Reminder);
        Assert.Equal(("registrar", "luobu"), (reminder.RecipientRole, reminder.RecipientOrganisationId));
        Assert.StartsWith("【催办】", reminder.Text);
        var escalation = notes.Single(n => n.Kind == NotificationKind.Supervision);
        Assert.Equal(("districtReviewer", "wucheng"), (escalation.RecipientRole, escalation.RecipientOrganisationId));
        Assert.Contains("已超过办理期限", escalation.Text);

        var actions = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().AuditEvents.Where(e => e.CaseId == caseId).Select(e => e.Action).ToListAsync());
        Assert.Equal(1, actions.Count(a => a == "催办"));
        Assert.Equal(1, actions.Count(a => a == "督办"));
        var chains = await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());
        Assert.All(chains, c => Assert.True(c.Result.IsValid, c.Result.Reason));
    }
}
