using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Web.Labels;

namespace ReviewEngine.Web.Pages.Templates;

public sealed class ViewModel(TemplateLibrary library, IPreReviewAnalyzer rules) : PageModel
{
    public ContractTemplate Template { get; private set; } = null!;

    /// <summary>The checklist rules a reviewer's note points to, by title (the id after it).</summary>
    public string RuleNames(IEnumerable<string> ruleIds) => string.Join("；", ruleIds.Select(id => DisplayLabels.Rule(id, rules.RuleTitle(id))));

    public IActionResult OnGet(string id)
    {
        var template = library.Find(id);
        if (template is null)
        {
            return NotFound();
        }

        if (template.Id != id)
        {
            // A former id (land-transfer) from an old link or a stored case: send the browser to the current address.
            return RedirectToPagePermanent("/Templates/View", new { id = template.Id });
        }

        Template = template;
        return Page();
    }
}
