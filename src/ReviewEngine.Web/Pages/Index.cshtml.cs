using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages;

public sealed class IndexModel(CurrentViewer me, GetInboxHandler inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InboxFilter Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public InboxSort Sort { get; set; }

    public Viewer Viewer { get; private set; } = null!;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        Items = await inbox.HandleAsync(new InboxQuery(Viewer, string.IsNullOrEmpty(Kind) ? null : Kind, Filter, Sort), ct);
    }
}
