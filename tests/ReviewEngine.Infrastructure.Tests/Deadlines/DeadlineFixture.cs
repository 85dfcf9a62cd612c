using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>Helpers over a <see cref="TestDatabase"/>: China-time instants, a processor pass, the rows it left.</summary>
internal static class DeadlineFixture
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset ChinaAt(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, China).ToUniversalTime();

    public static Task<DeadlineTick> TickAsync(this TestDatabase db) => db.Services.GetRequiredService<DeadlineProcessor>().RunOnceAsync();

    public static Task<List<DeadlineTimer>> TimersAsync(this TestDatabase db, Guid caseId) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().DeadlineTimers.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync());

    /// <summary>The deadline rungs' notifications (hand-off notices, which carry an event key, are left out).</summary>
    public static Task<List<Notification>> NotificationsAsync(this TestDatabase db, Guid caseId) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Notifications.AsNoTracking().Where(n => n.CaseId == caseId && n.EventKey == null).ToListAsync());

    /// <summary>The hand-off notices of a case (ADR 0013).</summary>
    public static Task<List<Notification>> HandoffNotificationsAsync(this TestDatabase db, Guid caseId) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Notifications.AsNoTracking().Where(n => n.CaseId == caseId && n.EventKey != null).ToListAsync());
}
