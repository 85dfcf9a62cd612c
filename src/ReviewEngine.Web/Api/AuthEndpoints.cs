using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Api;

/// <summary>POST /api/auth/login: the same identities and the same throttling as the login page, answered with a bearer token.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest body, HttpContext http, SignInManager<ReviewUser> signIn, LoginAttempts login, LoginThrottle throttle, CancellationToken ct) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var outcome = await login.SignInAsync(body.UserName, body.Password, http.Connection.RemoteIpAddress, ct);

            // On success the bearer handler has already written the token response.
            return outcome == LoginOutcome.SignedIn
                ? TypedResults.Empty
                : TypedResults.Problem(outcome.Message(throttle.Options), statusCode: outcome.StatusCode());
        }).AllowAnonymous().WithTags("auth").DisableAntiforgery()
            // The body the bearer handler writes on success, described for the OpenAPI document.
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK);
    }
}
