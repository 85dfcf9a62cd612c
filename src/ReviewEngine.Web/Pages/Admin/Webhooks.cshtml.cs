using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Webhooks;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Admin;

/// <summary>Webhook 设置 and 推送失败（死信）列表: administrators only (403 otherwise).</summary>
public sealed class WebhooksModel(CurrentViewer me, ManageWebhooksHandler webhooks) : PageModel
{
    public IReadOnlyList<WebhookSetting> Settings { get; private set; } = [];
    public IReadOnlyList<WebhookDeliveryView> DeadLetters { get; private set; } = [];
    public IReadOnlyList<WebhookDeliveryView> Pending { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>A delivery's organisation by name (the settings list every organisation); the id only for one since removed.</summary>
    public string OrganisationName(string organisationId) =>
        Settings.FirstOrDefault(s => s.OrganisationId == organisationId)?.OrganisationName ?? organisationId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string organisationId, string? url, bool enabled, CancellationToken ct)
    {
        try
        {
            await webhooks.SaveAsync(await me.GetAsync(ct), organisationId, url, enabled, ct);
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await ShowAsync(ct);
        }

        TempData["Message"] = "Webhook 设置已保存。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await webhooks.RetryAsync(await me.GetAsync(ct), id, ct);
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await ShowAsync(ct);
        }

        TempData["Message"] = "已重新加入推送队列。";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        if (!viewer.HasRole(Domain.Organisations.Roles.Admin))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Settings = await webhooks.SettingsAsync(viewer, ct);
        DeadLetters = await webhooks.DeliveriesAsync(viewer, WebhookDeliveryStatus.DeadLettered, ct: ct);
        Pending = await webhooks.DeliveriesAsync(viewer, WebhookDeliveryStatus.Pending, ct: ct);
        return Page();
    }
}
