using ReviewEngine.Application.Access;
using ReviewEngine.Domain.Deadlines;

namespace ReviewEngine.Application.Notifications;

/// <summary>Which notifications a viewer receives: addressed to them, or to a role they hold in their organisation.</summary>
public static class NotificationQueries
{
    public static IQueryable<Notification> For(this IQueryable<Notification> notifications, Viewer viewer)
    {
        var roles = viewer.Roles.ToList();
        return notifications.Where(n => n.RecipientUserId == viewer.UserId
            || (n.RecipientUserId == null && n.RecipientOrganisationId == viewer.OrganisationId && roles.Contains(n.RecipientRole!)));
    }
}
