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
    /// <summary>The matter kind; <c>?kind=</c> on a GET shows that kind's materials (the form works without script).</summary>
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = MatterKind.NormativeDocument;
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

    /// <summary>The chosen kind's materials, marked for this case's metadata, with the messages of this post.</summary>
    public NewCaseMaterials Materials => MaterialsFor(Kind, FieldErrors());

    public NewCaseMaterials MaterialsFor(string kind, IReadOnlyDictionary<string, string>? errors = null) =>
        new(kind, catalog.ForKind(kind).Definition, Metadata(), errors ?? new Dictionary<string, string>());

    /// <summary>Files chosen before a refused post are not kept by the browser: the form says so.</summary>
    public bool FilesToChooseAgain { get; private set; }

    /// <summary>协议/合同类别 offered as the user types: the categories a workflow's conditions name (招商引资, 特许经营 → 公平竞争审查表) first, so the condition is met by the word it reads.</summary>
    public IReadOnlyList<string> SubtypeSuggestions => catalog.Workflows
        .SelectMany(w => w.Definition.Materials.Select(m => m.RequiredWhen).Concat(w.Definition.ConclusionConditions.Values))
        .Where(c => c?.Metadata == "subtype").SelectMany(c => c!.Values)
        .Concat(["土地收回", "征收补偿", "施工", "采购", "租赁"]).Distinct().ToList();

    public int MaxUploadMegabytes => config.GetValue("ReviewEngine:MaxUploadMegabytes", 20);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        DraftingUnit = viewer.OrganisationName;
        ModelState.Clear(); // a GET without ?kind= is not an error: the binder's English "required" is not for this page
        Kind = Kinds.Contains(Kind) ? Kind : MatterKind.NormativeDocument;
        return viewer.HasRole(Roles.Drafter) ? Page() : RoleRefusal.Forbid(this, "新建送审", Roles.Drafter);
    }

    /// <summary>Without script, 更新材料清单 posts the form here: the same form again, for the chosen kind, nothing typed lost.</summary>
    public async Task<IActionResult> OnPostKindAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        if (!viewer.HasRole(Roles.Drafter))
        {
            return RoleRefusal.Forbid(this, "新建送审", Roles.Drafter);
        }

        ModelState.Clear();
        Kind = Kinds.Contains(Kind) ? Kind : MatterKind.NormativeDocument;
        FilesToChooseAgain = Request.Form.Files.Any(f => f.Length > 0);
        return Page();
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

        RefuseMissingMaterials(uploads);
        if (!ModelState.IsValid)
        {
            FilesToChooseAgain = uploads.Count > 0 || Request.Form.Files.Any(f => f.Length > 0);
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

    /// <summary>A required material (or one the case's answers make required) without a file: named on the form, nothing saved.</summary>
    private void RefuseMissingMaterials(List<DocumentUpload> uploads)
    {
        var attached = uploads.Select(u => u.Input.MaterialId).OfType<string>();
        foreach (var m in catalog.ForKind(Kind).Definition.MissingMaterials(Metadata(), attached))
        {
            var field = NewCaseMaterials.FieldName(m);
            if (!ModelState.TryGetValue(field, out var entry) || entry.Errors.Count == 0)
            {
                ModelState.AddModelError(field, NewCaseMaterials.MissingMessage(m));
            }
        }
    }

    private Dictionary<string, string> FieldErrors() => ModelState
        .Where(e => e.Key.StartsWith("file-", StringComparison.Ordinal) && e.Value?.Errors.Count > 0)
        .ToDictionary(e => e.Key, e => string.Join("；", e.Value!.Errors.Select(x => x.ErrorMessage)));

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
