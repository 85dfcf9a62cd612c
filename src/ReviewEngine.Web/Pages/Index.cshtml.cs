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

    /// <summary>1-based page of <see cref="PageSize"/> tasks.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 50;

    public Viewer Viewer { get; private set; } = null!;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, InboxQuery.MaxSkip / PageSize);
        // One task more than the page tells whether a next page exists without counting every open task.
        var items = await inbox.HandleAsync(new InboxQuery(Viewer, string.IsNullOrEmpty(Kind) ? null : Kind, Filter, Sort,
            Take: PageSize + 1, Skip: (PageNumber - 1) * PageSize), ct);
        HasNextPage = items.Count > PageSize;
        Items = items.Take(PageSize).ToList();
    }

    public string PageLink(int page) =>
        Url.Page("/Index", new { Filter, Kind, Sort, p = page }) ?? "/";
}
