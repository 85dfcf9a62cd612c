using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// ASP.NET Core Identity on our EF store: a cookie for the pages, bearer tokens for the API, one set of identities.
/// A policy scheme picks bearer when an Authorization header is present.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "ReviewEngine";

    public static void AddReviewEngineAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Error/403";
            o.Cookie.Name = "reviewengine.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over HTTPS (behind a proxy, forward X-Forwarded-Proto).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // The API answers 401/403 instead of redirecting to the login page. A signed-in user refused a page gets
            // the 403 page at the address they asked for (status code pages), never the login form.
            o.Events.OnRedirectToLogin = ctx => Challenge(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddReviewEngineIdentityStore().AddSignInManager();
        services.AddAuthorization();
    }

    private static Task Challenge(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
