using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Deadlines;

namespace ReviewEngine.Application.Notifications;

public sealed record NotificationView(Guid Id, Guid CaseId, string CaseNumber, string Kind, string KindLabel, string Text, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

public sealed record NotificationList(int UnreadCount, IReadOnlyList<NotificationView> Items);

/// <summary>The bell: the viewer's unread count and their latest notifications, newest first.</summary>
public sealed class GetNotificationsHandler(IReviewDbContext db)
{
    public const int DefaultTake = 50;

    public async Task<NotificationList> HandleAsync(Viewer viewer, bool unreadOnly = false, int take = DefaultTake, CancellationToken ct = default)
    {
        var mine = db.Notifications.AsNoTracking().For(viewer);
        var unread = await CountUnreadAsync(viewer, ct);
        var rows = await (unreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine)
            .OrderByDescending(n => n.CreatedAtUtc)
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(ct);
        return new NotificationList(unread, rows.Select(ToView).ToList());
    }

    /// <summary>The bell's number alone: what the header of every page needs, in one count query.</summary>
    public Task<int> CountUnreadAsync(Viewer viewer, CancellationToken ct = default) =>
        db.Notifications.AsNoTracking().For(viewer).CountAsync(n => n.ReadAtUtc == null, ct);

    private static NotificationView ToView(Notification n) =>
        new(n.Id, n.CaseId, n.CaseNumber, n.Kind.ToString(), DeadlineNotice.Label(n.Kind), n.Text,
            DateTime.SpecifyKind(n.CreatedAtUtc, DateTimeKind.Utc), n.ReadAtUtc is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null);
}
