using Microsoft.AspNetCore.Identity;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Web.Api;

/// <summary>POST /api/auth/login: the same identities as the pages, answered with a bearer token for integrations.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", async (LoginRequest body, SignInManager<ReviewUser> signIn, ReviewEngine.Application.Common.IReviewDbContext db) =>
        {
            var user = await signIn.UserManager.FindByNameAsync(body.UserName ?? "");
            if (user is null)
            {
                return Results.Problem("用户名或密码错误", statusCode: StatusCodes.Status401Unauthorized);
            }

            // A disabled account is told so (its lockout is permanent, which would otherwise read as too many attempts).
            if (db.UserAccounts.Any(u => u.Id == user.Id && !u.IsActive))
            {
                return Results.Problem("账号已停用，请联系管理员", statusCode: StatusCodes.Status403Forbidden);
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(user, body.Password ?? "", isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Results.Problem("登录失败次数过多，账号已锁定，请稍后再试", statusCode: StatusCodes.Status423Locked);
            }

            // On success the bearer handler has already written the token response.
            return result.Succeeded ? Results.Empty : Results.Problem("用户名或密码错误", statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().WithTags("auth").DisableAntiforgery();
    }
}
