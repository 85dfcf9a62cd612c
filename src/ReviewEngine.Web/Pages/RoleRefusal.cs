using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Web.Pages;

/// <summary>A page refused for want of a role: the 403 page names the task and the role it needs (in the request's items).</summary>
public static class RoleRefusal
{
    public static IActionResult Forbid(PageModel page, string what, string role)
    {
        page.HttpContext.Items[ErrorModel.DetailItem] = $"{what}须具有「{Roles.Label(role)}」角色。";
        return page.Forbid();
    }
}
