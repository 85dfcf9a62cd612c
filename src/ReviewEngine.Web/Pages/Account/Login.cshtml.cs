using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Web.Pages.Account;

public sealed class LoginModel(SignInManager<ReviewUser> signIn, ReviewEngine.Application.Common.IReviewDbContext db) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = db.UserAccounts.FirstOrDefault(u => u.Id == UserName);
        if (account is { IsActive: false })
        {
            ModelState.AddModelError("", "账号已停用，请联系管理员");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut ? "登录失败次数过多，账号已锁定 15 分钟" : "用户名或密码错误");
        return Page();
    }
}
