using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ReviewEngine.Web.Pages;

/// <summary>
/// 403 / 404 / 500 and other errors of the pages, in the layout and in Chinese, with a way back. Reached by re-execution
/// (status code pages, exception handler) for every path outside /api, which keeps its JSON problem details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel(Identity.CurrentViewer me) : PageModel
{
    /// <summary>The refusal's own words (a domain message), when the failing request left one.</summary>
    public const string DetailItem = "ReviewEngine.ErrorDetail";

    public int Code { get; private set; }

    public ErrorText Text { get; private set; } = ErrorText.For(500);

    public string? Detail { get; private set; }

    public string? OriginalPath { get; private set; }

    /// <summary>On a 403 for a signed-in user: the roles they hold, in Chinese, so they know what to ask for.</summary>
    public string? YourRoles { get; private set; }

    public Task OnGetAsync(int? code, CancellationToken ct) => ShowAsync(code, ct);

    public Task OnPostAsync(int? code, CancellationToken ct) => ShowAsync(code, ct);

    private async Task ShowAsync(int? code, CancellationToken ct)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        if (reExecuted is null)
        {
            // Opened directly (/Error/404): answer with the status it describes.
            Response.StatusCode = Code;
        }

        Text = ErrorText.For(Code);
        Detail = HttpContext.Items[DetailItem] as string;
        OriginalPath = reExecuted;
        if (Code == StatusCodes.Status403Forbidden && User.Identity?.IsAuthenticated == true)
        {
            var roles = (await me.GetAsync(ct)).Roles;
            YourRoles = roles.Count == 0 ? "（无）" : string.Join("、", roles.Select(Domain.Organisations.Roles.Label));
        }
    }
}
