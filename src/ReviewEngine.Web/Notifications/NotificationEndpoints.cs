using Microsoft.AspNetCore.Http.HttpResults;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Web.Api;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Notifications;

/// <summary>
/// /api/notifications for the bell: the signed-in user's notifications with the unread count, and mark-read.
/// Only what the viewer receives (their own, or their role's in their organisation) is listed or changed.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").RequireAuthorization().AddEndpointFilter<DomainExceptionFilter>().WithTags("notifications");

        api.MapGet("", async (CurrentViewer me, GetNotificationsHandler list, bool? unreadOnly, int? take, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(await me.GetAsync(ct), unreadOnly ?? false, take ?? GetNotificationsHandler.DefaultTake, ct)));

        api.MapPost("/read", async Task<Ok<NotificationsMarked>> (MarkReadRequest? body, CurrentViewer me, MarkNotificationsReadHandler mark, CancellationToken ct) =>
            TypedResults.Ok(new NotificationsMarked(await mark.HandleAsync(await me.GetAsync(ct), body?.Ids, ct))));

        api.MapPost("/{id:guid}/read", async Task<Ok<NotificationsMarked>> (Guid id, CurrentViewer me, MarkNotificationsReadHandler mark, CancellationToken ct) =>
            TypedResults.Ok(new NotificationsMarked(await mark.HandleAsync(await me.GetAsync(ct), [id], ct))));
    }
}

/// <param name="Ids">Notifications to mark read; none or empty marks all of the viewer's unread ones.</param>
public sealed record MarkReadRequest(IReadOnlyCollection<Guid>? Ids);

/// <param name="Marked">How many unread notifications this call marked read.</param>
public sealed record NotificationsMarked(int Marked);
