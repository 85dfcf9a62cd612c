using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Account;

public sealed class LoginModel(LoginAttempts login, LoginThrottle throttle) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await login.SignInAsync(UserName, Password, HttpContext.Connection.RemoteIpAddress, ct);
        if (outcome == LoginOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (outcome == LoginOutcome.AddressThrottled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        ModelState.AddModelError("", outcome.Message(throttle.Options));
        return Page();
    }
}
