using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Cases;

public sealed class NewModel(CurrentViewer me, IWorkflowCatalog catalog, SubmitCaseHandler submit, UploadInspector inspector, IConfiguration config) : PageModel
{
    [BindProperty] public string Kind { get; set; } = MatterKind.NormativeDocument;
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string DraftingUnit { get; set; } = "";
    [BindProperty] public string? Issuer { get; set; }
    [BindProperty] public string? DraftedOn { get; set; }
    [BindProperty] public string? EffectiveOn { get; set; }
    [BindProperty] public int? PublicCommentDays { get; set; }
    [BindProperty] public string? FairCompetitionReview { get; set; }
    [BindProperty] public string? Subtype { get; set; }
    [BindProperty] public string? AffectsMarket { get; set; }
    [BindProperty] public string? ExploratoryReform { get; set; }
    [BindProperty] public string? Investigators { get; set; }
    [BindProperty] public string? Counterparty { get; set; }
    [BindProperty] public decimal? Amount { get; set; }
    [BindProperty] public string? PastedText { get; set; }

    /// <summary>A per-form key: the same form posted twice opens one case, not two.</summary>
    [BindProperty] public string SubmissionKey { get; set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<string> Kinds => catalog.Workflows.SelectMany(w => w.Definition.Kinds).ToArray();

    public IReadOnlyList<MaterialRequirement> Materials => catalog.Workflows.SelectMany(w => w.Definition.Materials).DistinctBy(m => m.Id).ToArray();

    public int MaxUploadMegabytes => config.GetValue("ReviewEngine:MaxUploadMegabytes", 20);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        DraftingUnit = viewer.OrganisationName;
        return viewer.HasRole(Roles.Drafter) ? Page() : RoleRefusal.Forbid(this, "新建送审", Roles.Drafter);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        if (!viewer.HasRole(Roles.Drafter))
        {
            return RoleRefusal.Forbid(this, "新建送审", Roles.Drafter);
        }

        var uploads = new List<DocumentUpload>();
        foreach (var file in Request.Form.Files.Where(f => f.Length > 0))
        {
            try
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                uploads.Add(inspector.Inspect(file.FileName, stream.ToArray(), file.Name.StartsWith("file-", StringComparison.Ordinal) ? file.Name[5..] : null));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(file.Name, ex.Message);
            }
        }

        // A tampered or emptied select: say so on the form instead of failing on the workflow lookup below (issue 18 M4).
        if (!Kinds.Contains(Kind))
        {
            ModelState.Remove(nameof(Kind)); // the binder's English "required" for an empty value
            ModelState.AddModelError(nameof(Kind), "请选择审查事项类型");
            Kind = MatterKind.NormativeDocument;
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(PastedText))
        {
            var main = catalog.ForKind(Kind).Definition.Materials.FirstOrDefault()?.Id;
            uploads.Add(UploadInspector.FromPastedText(PastedText, uploads.Any(u => u.Input.MaterialId == main) ? null : main));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var command = new SubmitCaseCommand(viewer.ActAs(Roles.Drafter), Kind, Title, DraftingUnit, Amount, Metadata(), uploads, Counterparty, SubmissionKey);
            var (c, created) = await submit.HandleIdempotentAsync(command, ct);
            TempData["Message"] = created ? $"已送审，案件编号 {c.Number}。" : $"该表单已提交过（案件 {c.Number}），未重复送审。";
            return Redirect($"/Cases/Details/{c.Id}");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
    }

    private Dictionary<string, string> Metadata()
    {
        var meta = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                meta[key] = value.Trim();
            }
        }

        Add("issuer", Issuer);
        Add("draftedOn", DraftedOn);
        Add("effectiveOn", EffectiveOn);
        Add("publicCommentDays", PublicCommentDays?.ToString(CultureInfo.InvariantCulture));
        Add("fairCompetitionReview", FairCompetitionReview);
        Add("subtype", Subtype);
        Add("affectsMarket", AffectsMarket == "true" ? "true" : null);
        Add("exploratoryReform", ExploratoryReform == "true" ? "true" : null);
        Add("counterparty", Counterparty);
        Add(CasePeople.Investigators, Investigators);
        return meta;
    }
}
