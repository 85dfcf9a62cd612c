using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Notifications;

/// <summary>通知: the viewer's notifications, newest first; opening one marks it read; mark read (one or all).</summary>
public sealed class IndexModel(CurrentViewer me, GetNotificationsHandler list, MarkNotificationsReadHandler mark) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    public NotificationList Notifications { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken ct) =>
        Notifications = await list.HandleAsync(await me.GetAsync(ct), UnreadOnly, 200, ct);

    /// <summary>The links of the list: opening a notification marks it read, then shows its case.</summary>
    public async Task<IActionResult> OnGetOpenAsync(Guid id, CancellationToken ct) =>
        await mark.OpenAsync(await me.GetAsync(ct), id, ct) is { } caseId ? Redirect($"/Cases/Details/{caseId}") : NotFound();

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var marked = await mark.HandleAsync(await me.GetAsync(ct), [id], ct);
        TempData["Message"] = marked == 1 ? "已标为已读。" : "该通知已是已读。";
        return RedirectToPage(new { UnreadOnly });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var marked = await mark.HandleAsync(await me.GetAsync(ct), null, ct);
        TempData["Message"] = $"已将 {marked} 条通知标为已读。";
        return RedirectToPage(new { UnreadOnly });
    }
}
