using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Application.Notifications;

/// <summary>Marks the given notifications (or all, when none are given) read for the viewer; others' are untouched.</summary>
public sealed class MarkNotificationsReadHandler(IReviewDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(Viewer viewer, IReadOnlyCollection<Guid>? ids = null, CancellationToken ct = default)
    {
        var query = db.Notifications.For(viewer).Where(n => n.ReadAtUtc == null);
        if (ids is { Count: > 0 })
        {
            var list = ids.ToList();
            query = query.Where(n => list.Contains(n.Id));
        }

        var rows = await query.ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var n in rows)
        {
            n.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>Opening a notification marks it read and says which case it links to; null when it is not the viewer's.</summary>
    public async Task<Guid?> OpenAsync(Viewer viewer, Guid id, CancellationToken ct = default)
    {
        var n = await db.Notifications.For(viewer).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null)
        {
            return null;
        }

        n.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return n.CaseId;
    }
}
