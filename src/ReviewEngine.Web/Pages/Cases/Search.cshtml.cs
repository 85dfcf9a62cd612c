using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Cases;

public sealed class SearchModel(CurrentViewer me, SearchCasesHandler search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Township { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Counterparty { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MinAmount { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MaxAmount { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseSummary> Items { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Items, Total) = await search.HandleAsync(new CaseSearchQuery(await me.GetAsync(ct), Empty(Kind), Empty(Township), Empty(State), Overdue,
            Empty(Counterparty), MinAmount, MaxAmount, Empty(Q), PageNumber), ct);
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
