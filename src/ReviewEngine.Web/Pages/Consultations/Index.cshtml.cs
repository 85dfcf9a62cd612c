using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Experts;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Consultations;

/// <summary>我的论证: the consultations the signed-in expert sits on, open ones first.</summary>
public sealed class IndexModel(CurrentViewer me, GetConsultationsHandler consultations) : PageModel
{
    public IReadOnlyList<MyConsultation> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = await consultations.MineAsync(await me.GetAsync(ct), ct);
        Items = mine.OrderByDescending(m => m.MayAnswer).ToList();
    }
}
