using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Webhooks;

namespace ReviewEngine.Application.Webhooks;

public sealed record WebhookSetting(string OrganisationId, string OrganisationName, string? Url, bool Enabled);

public sealed record WebhookDeliveryView(Guid Id, string OrganisationId, string Url, string Status, int Attempts, DateTime CreatedAtUtc, DateTime? LastAttemptAtUtc, DateTime NextAttemptAtUtc, string? LastError);

/// <summary>Webhook settings per organisation, the dead-letter list and retry: administrators only.</summary>
public sealed class ManageWebhooksHandler(IReviewDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WebhookSetting>> SettingsAsync(Viewer viewer, CancellationToken ct = default)
    {
        RequireAdmin(viewer);
        var hooks = await db.OrganisationWebhooks.AsNoTracking().ToDictionaryAsync(w => w.OrganisationId, ct);
        var orgs = await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Id).ToListAsync(ct);
        return orgs.Select(o => new WebhookSetting(o.Id, o.Name, hooks.GetValueOrDefault(o.Id)?.Url, hooks.GetValueOrDefault(o.Id)?.Enabled ?? false)).ToList();
    }

    /// <summary>Sets or switches off one organisation's webhook; an empty URL removes it.</summary>
    public async Task SaveAsync(Viewer viewer, string organisationId, string? url, bool enabled, CancellationToken ct = default)
    {
        RequireAdmin(viewer);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            throw new NotFoundException("该机构");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hook = await db.OrganisationWebhooks.FirstOrDefaultAsync(w => w.OrganisationId == organisationId, ct);
        if (string.IsNullOrWhiteSpace(url))
        {
            if (hook is not null)
            {
                db.OrganisationWebhooks.Remove(hook);
            }
        }
        else if (hook is null)
        {
            db.OrganisationWebhooks.Add(new OrganisationWebhook(organisationId, url, enabled, viewer.UserId, now));
        }
        else
        {
            hook.Change(url, enabled, viewer.UserId, now);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<WebhookDeliveryView>> DeliveriesAsync(Viewer viewer, WebhookDeliveryStatus status, int take = 200, CancellationToken ct = default)
    {
        RequireAdmin(viewer);
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.Status == status)
            .OrderByDescending(d => d.CreatedAtUtc).Take(take).ToListAsync(ct);
        return rows.Select(d => new WebhookDeliveryView(d.Id, d.OrganisationId, d.Url, d.Status.ToString(), d.Attempts,
            Utc(d.CreatedAtUtc), d.LastAttemptAtUtc is { } l ? Utc(l) : null, Utc(d.NextAttemptAtUtc), d.LastError)).ToList();
    }

    /// <summary>Puts a dead letter back in the queue; the background service sends it on its next tick.</summary>
    public async Task RetryAsync(Viewer viewer, Guid deliveryId, CancellationToken ct = default)
    {
        RequireAdmin(viewer);
        var d = await db.WebhookDeliveries.FirstOrDefaultAsync(x => x.Id == deliveryId, ct) ?? throw new NotFoundException("该推送记录");
        d.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private static DateTime Utc(DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc);

    private static void RequireAdmin(Viewer viewer)
    {
        if (!viewer.HasRole(Roles.Admin))
        {
            throw new ActionNotAllowedException(["仅系统管理员可管理 Webhook"]);
        }
    }
}
