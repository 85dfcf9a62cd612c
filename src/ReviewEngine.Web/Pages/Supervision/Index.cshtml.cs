using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Supervision;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Supervision;

/// <summary>区级督办: district users only; township users get 403 (they have their own inbox and 统计).</summary>
public sealed class IndexModel(CurrentViewer me, GetSupervisionBoardHandler board, ListTownshipsHandler townships) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Township { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public IReadOnlyList<SupervisionRow> Rows { get; private set; } = [];
    public IReadOnlyList<TownshipOption> Townships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        if (!viewer.SeesWholeDistrict)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Townships = await townships.HandleAsync(viewer, ct);
        Rows = await board.HandleAsync(new SupervisionQuery(viewer, Empty(Township), Empty(Kind), Overdue), ct);
        return Page();
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
