using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Normative;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Normative;

/// <summary>规范性文件: adopted documents with 备案, 有效期 and 清理 dates; "due for clean-up" narrows to the next 60 days.</summary>
public sealed class IndexModel(CurrentViewer me, GetNormativeDocumentsHandler documents, TimeProvider clock) : PageModel
{
    public const int CleanupWindowDays = 60;

    [BindProperty(SupportsGet = true)] public bool CleanupDue { get; set; }

    public IReadOnlyList<NormativeDocument> Documents { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Documents = await documents.HandleAsync(await me.GetAsync(ct), CleanupDue ? CleanupWindowDays : null, ct);
    }
}
