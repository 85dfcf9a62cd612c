using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Cases;

/// <summary>案件查询: select lists show Chinese names and send ids (the URL keeps ids); the handler scopes to the viewer.</summary>
public sealed class SearchModel(CurrentViewer me, SearchCasesHandler search, ListTownshipsHandler townships, IWorkflowCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Township { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Counterparty { get; set; }
    [BindProperty(SupportsGet = true)] public string? Submitter { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MinAmount { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MaxAmount { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseSummary> Items { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<TownshipOption> Townships { get; private set; } = [];

    /// <summary>Every state of the loaded workflows by id; one id named differently by two workflows shows both names.</summary>
    public IReadOnlyList<(string Id, string Label)> States { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        Townships = await townships.HandleAsync(viewer, ct);
        States = catalog.Workflows.SelectMany(w => w.Definition.States).GroupBy(s => s.Id)
            .Select(g => (g.Key, string.Join("／", g.Select(s => s.Label).Distinct()))).ToList();
        (Items, Total) = await search.HandleAsync(new CaseSearchQuery(viewer, Empty(Kind), Empty(Township), Empty(State), Overdue,
            Empty(Counterparty), MinAmount, MaxAmount, Empty(Q), PageNumber, Submitter: Empty(Submitter), SubmittedFrom: From, SubmittedTo: To,
            FullText: Empty(Text)), ct);
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
