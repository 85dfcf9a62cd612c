using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Notifications;

namespace ReviewEngine.Application.Notifications;

/// <summary>
/// Addresses a step's hand-off notices to people and adds them (with their webhook deliveries) to the unit of work
/// that saves the step. A role notice goes to each active user holding the role in that organisation who may take
/// the task — the inbox's claim rule, so the excluded drafter (内部分离) is not offered a review — never to the actor
/// who caused it. One event reaches one person once: the first notice wins, and rows already stored are skipped
/// (the unique index on case, event key and recipient is the last line of defence).
/// </summary>
public static class HandoffNotifications
{
    public static async Task AddAsync(IReviewDbContext db, IReadOnlyList<HandoffNotice> notices, CancellationToken ct = default)
    {
        if (notices.Count == 0)
        {
            return;
        }

        var addressed = new List<(HandoffNotice Notice, string UserId)>();
        foreach (var notice in notices)
        {
            foreach (var user in await UsersForAsync(db, notice, ct))
            {
                if (user != notice.ActorUserId && !addressed.Any(a => a.UserId == user && a.Notice.EventKey == notice.EventKey))
                {
                    addressed.Add((notice, user));
                }
            }
        }

        if (addressed.Count == 0)
        {
            return;
        }

        var caseId = notices[0].CaseId;
        var keys = addressed.Select(a => a.Notice.EventKey).Distinct().ToList();
        var stored = await db.Notifications.AsNoTracking()
            .Where(n => n.CaseId == caseId && n.EventKey != null && keys.Contains(n.EventKey))
            .Select(n => new { n.EventKey, n.RecipientUserId })
            .ToListAsync(ct);
        var created = addressed.Where(a => !stored.Any(s => s.EventKey == a.Notice.EventKey && s.RecipientUserId == a.UserId))
            .Select(a => new Notification(null, NotificationRecipient.User(a.UserId), a.Notice.CaseId, a.Notice.CaseNumber, a.Notice.Kind, a.Notice.Text,
                a.Notice.CreatedAtUtc, a.Notice.EventKey))
            .ToList();
        db.Notifications.AddRange(created);
        await WebhookOutbox.EnqueueAsync(db, created, ct);
    }

    private static async Task<IReadOnlyList<string>> UsersForAsync(IReviewDbContext db, HandoffNotice notice, CancellationToken ct)
    {
        if (notice.Recipient.UserId is { } userId)
        {
            return [userId];
        }

        var org = notice.Recipient.OrganisationId;
        var users = await db.UserAccounts.AsNoTracking().Where(u => u.OrganisationId == org && u.IsActive).ToListAsync(ct);
        return users.Where(u => u.HasRole(notice.Recipient.Role!) && u.Id != notice.ExcludedUserId).Select(u => u.Id).ToList();
    }
}
