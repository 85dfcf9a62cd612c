using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Web.Pages.Templates;

public sealed class ViewModel(TemplateLibrary library) : PageModel
{
    public ContractTemplate Template { get; private set; } = null!;

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
