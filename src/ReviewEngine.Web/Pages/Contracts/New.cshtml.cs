using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Contracts;

/// <summary>生成合同并送审: officials fill a standard template's fields and the contract goes straight into review.</summary>
public sealed class NewModel(CurrentViewer me, TemplateLibrary library, IWorkflowCatalog catalog, GenerateAndSubmitContractHandler generate,
    UploadInspector inspector) : PageModel
{
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];
    [BindProperty] public List<string> Omit { get; set; } = [];
    [BindProperty] public string SubmissionKey { get; set; } = Guid.NewGuid().ToString("N");

    public ContractTemplate Template { get; private set; } = null!;
    public Dictionary<string, string> FieldErrors { get; } = [];

    /// <summary>The workflow's required materials other than the contract text itself.</summary>
    /// <summary>The metadata a generated contract will carry for the workflow's conditional materials (公平竞争审查表 for 招商引资).</summary>
    public IReadOnlyDictionary<string, string> SubtypeMetadata => new Dictionary<string, string> { [ContractCaseMetadata.Subtype] = Template.Category };

    public IReadOnlyList<MaterialRequirement> OtherMaterials =>
        catalog.ForKind(Template.Kind == ContractKind.AdministrativeAgreement ? MatterKind.AdministrativeAgreement : MatterKind.AgencyCivilContract)
            .Definition.Materials.Where(m => m.Id != ContractCaseMetadata.ContractMaterial).ToList();

    public async Task<IActionResult> OnGetAsync(string templateId, CancellationToken ct)
    {
        if (!await LoadAsync(templateId, ct))
        {
            return NotFound();
        }

        return (await me.GetAsync(ct)).HasRole(Roles.Drafter) ? Page() : RoleRefusal.Forbid(this, "按范本生成合同", Roles.Drafter);
    }

    public async Task<IActionResult> OnPostAsync(string templateId, CancellationToken ct)
    {
        if (!await LoadAsync(templateId, ct))
        {
            return NotFound();
        }

        var viewer = await me.GetAsync(ct);
        if (!viewer.HasRole(Roles.Drafter))
        {
            return RoleRefusal.Forbid(this, "按范本生成合同", Roles.Drafter);
        }

        try
        {
            var uploads = new List<DocumentUpload>();
            foreach (var file in Request.Form.Files.Where(f => f.Length > 0 && f.Name.StartsWith("file-", StringComparison.Ordinal)))
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                uploads.Add(inspector.Inspect(file.FileName, stream.ToArray(), file.Name[5..]));
            }

            var fields = Values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
            var result = await generate.HandleAsync(new GenerateAndSubmitContractCommand(viewer.ActAs(Roles.Drafter), Template, fields, Omit,
                viewer.OrganisationName, uploads, SubmissionKey: SubmissionKey), ct);
            TempData["Message"] = $"合同已生成并送审，案件编号 {result.Case.Number}。";
            return Redirect($"/Cases/Details/{result.Case.Id}");
        }
        catch (ContractFieldsException ex)
        {
            foreach (var e in ex.Errors)
            {
                FieldErrors[e.Field] = e.Message;
            }

            ModelState.AddModelError("", $"有 {ex.Errors.Count} 处需要修改，见各字段下的提示。");
            return Page();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
    }

    private Task<bool> LoadAsync(string templateId, CancellationToken ct)
    {
        var template = library.Find(templateId);
        if (template is not null)
        {
            Template = template;
        }

        return Task.FromResult(template is not null);
    }
}
