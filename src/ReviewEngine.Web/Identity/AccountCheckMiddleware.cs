using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// Every authenticated request (cookie or bearer token) is checked against the account: a disabled account, or a
/// security stamp renewed by a password reset or disable, ends the session at the next request on every node (the
/// account's change counter, read by key, says whether this node's cached answer still holds: ADR 0016).
/// </summary>
public sealed class AccountCheckMiddleware(RequestDelegate next)
{
    private static readonly string StampClaim = new ClaimsIdentityOptions().SecurityStampClaimType;

    public async Task InvokeAsync(HttpContext ctx, SignedInAccount account)
    {
        var id = ctx.User.Identity?.IsAuthenticated == true ? ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (id is null || await account.IsCurrentAsync(id, ctx.User.FindFirstValue(StampClaim), ctx.RequestAborted))
        {
            await next(ctx);
            return;
        }

        if (ctx.Request.Headers.Authorization.Count == 0)
        {
            await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
        }

        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem("账号已停用或会话已失效，请重新登录", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(ctx);
            return;
        }

        ctx.Response.Redirect("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString));
    }
}
