using Microsoft.AspNetCore.Antiforgery;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// A state-changing /api request signed in by the page cookie (no bearer token) must carry the antiforgery token
/// (header X-CSRF-TOKEN), so another site cannot make a signed-in browser change a case. Integrations use bearer tokens.
/// </summary>
public sealed class ApiCookieGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx, IAntiforgery antiforgery)
    {
        var request = ctx.Request;
        var cookieSignedIn = ctx.User.Identity?.IsAuthenticated == true
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal);
        var changesState = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (cookieSignedIn && changesState && request.Path.StartsWithSegments("/api") && !await antiforgery.IsRequestValidAsync(ctx))
        {
            await Results.Problem("以页面登录调用接口修改数据须附防伪令牌（X-CSRF-TOKEN），或改用 Bearer 令牌（POST /api/auth/login）",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    }
}
