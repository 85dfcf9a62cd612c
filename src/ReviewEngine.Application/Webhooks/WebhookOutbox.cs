using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Webhooks;

namespace ReviewEngine.Application.Webhooks;

/// <summary>
/// Adds the delivery row for a new notification when the receiving organisation has a webhook switched on. Called
/// before the notification is saved, so both commit together (an outbox): no notification without its delivery.
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync(IReviewDbContext db, Notification n, CancellationToken ct = default)
    {
        var organisationId = n.RecipientOrganisationId
            ?? await db.UserAccounts.AsNoTracking().Where(u => u.Id == n.RecipientUserId).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
        if (organisationId is null)
        {
            return;
        }

        var hook = await db.OrganisationWebhooks.AsNoTracking().FirstOrDefaultAsync(w => w.OrganisationId == organisationId && w.Enabled, ct);
        if (hook is not null)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery(n.Id, organisationId, hook.Url, Payload(n, organisationId), n.CreatedAtUtc));
        }
    }

    /// <summary>
    /// The same for a step's notices to people, in one statement for all of them: each recipient's organisation and
    /// its switched-on webhook (one read pair per notice made a hand-off to several reviewers cost two reads each).
    /// </summary>
    public static async Task EnqueueAsync(IReviewDbContext db, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        var users = notifications.Where(n => n.RecipientOrganisationId is null).Select(n => n.RecipientUserId).OfType<string>().Distinct().ToList();
        var hooks = users.Count == 0 ? [] : await (
            from u in db.UserAccounts.AsNoTracking()
            join w in db.OrganisationWebhooks.AsNoTracking() on u.OrganisationId equals w.OrganisationId
            where users.Contains(u.Id) && w.Enabled
            select new { UserId = u.Id, w.OrganisationId, w.Url }).ToListAsync(ct);
        foreach (var n in notifications)
        {
            if (n.RecipientOrganisationId is not null)
            {
                await EnqueueAsync(db, n, ct);
            }
            else if (hooks.FirstOrDefault(h => h.UserId == n.RecipientUserId) is { } hook)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery(n.Id, hook.OrganisationId, hook.Url, Payload(n, hook.OrganisationId), n.CreatedAtUtc));
            }
        }
    }

    /// <summary>The JSON body receivers get; field names are part of the integration contract (docs/operations.md).</summary>
    public static string Payload(Notification n, string organisationId) => JsonSerializer.Serialize(new
    {
        type = "notification",
        id = n.Id,
        kind = n.Kind.ToString(),
        kindLabel = DeadlineNotice.Label(n.Kind),
        caseId = n.CaseId,
        caseNumber = n.CaseNumber,
        eventKey = n.EventKey,
        text = n.Text,
        organisationId,
        recipientUserId = n.RecipientUserId,
        recipientRole = n.RecipientRole,
        createdAtUtc = DateTime.SpecifyKind(n.CreatedAtUtc, DateTimeKind.Utc),
    }, Json);
}
