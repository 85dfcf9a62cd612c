using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Web.Pages.Templates;

public sealed class IndexModel(TemplateLibrary library, ITemplateSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    public TemplateLibrary Library => library;

    public IReadOnlyList<TemplateSearchHit>? Hits { get; private set; }

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            ContractKind? kind = ContractKindNames.TryParse(Kind, out var k) ? k : null;
            Hits = search.Search(new TemplateSearchQuery(Q.Length > 200 ? Q[..200] : Q, 10, kind, string.IsNullOrEmpty(Category) ? null : Category));
        }
    }
}
