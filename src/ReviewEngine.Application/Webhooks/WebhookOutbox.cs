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
