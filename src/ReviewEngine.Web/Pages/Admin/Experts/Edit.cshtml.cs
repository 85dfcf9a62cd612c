using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Admin.Experts;

/// <summary>新增/编辑专家: profile, status, term, declared conflicts, linked account. District administrators only.</summary>
public sealed class EditModel(CurrentViewer me, ManageExpertsHandler experts) : PageModel
{
    [BindProperty] public ExpertForm Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        try
        {
            var viewer = await me.GetAsync(ct);
            Form = id is { } existing ? ExpertForm.From(await experts.GetAsync(viewer, existing, ct)) : NewForm();
            return await ShowAsync(id, ct);
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        try
        {
            var viewer = await me.GetAsync(ct);
            ManageExpertsHandler.RequireDistrictAdmin(viewer);
            var expert = await experts.SaveAsync(viewer, id, Form.ToProfile(), ct);
            TempData["Message"] = $"已保存专家：{expert.Name}";
            return Redirect("/Admin/Experts");
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(id, ct);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Accounts = await experts.ExpertAccountsAsync(await me.GetAsync(ct), ct);
        return Page();
    }

    private static ExpertForm NewForm()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new ExpertForm { TermStart = today, TermEnd = today.AddYears(5).AddDays(-1), Status = "Active", OrganisationType = "University" };
    }
}
