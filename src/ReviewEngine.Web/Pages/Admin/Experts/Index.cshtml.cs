using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Experts;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Admin.Experts;

/// <summary>专家库: the pool, and CSV import (UTF-8 or GB18030) that imports every row or none. District administrators only (403 otherwise).</summary>
public sealed class IndexModel(CurrentViewer me, ManageExpertsHandler experts) : PageModel
{
    public const int MaxCsvBytes = 2 * 1024 * 1024;

    public IReadOnlyList<Expert> Experts { get; private set; } = [];
    public IReadOnlyList<ImportError> ImportErrors { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? csv, CancellationToken ct)
    {
        try
        {
            var viewer = await me.GetAsync(ct);
            ManageExpertsHandler.RequireDistrictAdmin(viewer);
            if (csv is null || csv.Length == 0 || csv.Length > MaxCsvBytes)
            {
                Error = csv is null || csv.Length == 0 ? "请选择要导入的 CSV 文件" : $"文件过大（上限 {MaxCsvBytes / 1024 / 1024} MB）";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await ShowAsync(ct);
            }

            using var stream = new MemoryStream();
            await csv.CopyToAsync(stream, ct);
            var result = await experts.ImportAsync(viewer, stream.ToArray(), ct);
            if (!result.Imported)
            {
                ImportErrors = result.Errors;
                Error = $"导入失败：{result.Errors.Count} 处错误，未导入任何专家。请修改后重新上传。";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await ShowAsync(ct);
            }

            TempData["Message"] = $"导入完成：新增 {result.Added} 名，更新 {result.Updated} 名。";
            return RedirectToPage();
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        try
        {
            Experts = await experts.ListAsync(await me.GetAsync(ct), ct);
            return Page();
        }
        catch (ActionNotAllowedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
