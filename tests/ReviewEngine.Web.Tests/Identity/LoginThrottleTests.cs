using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Web.Hosting;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Tests.Identity;

/// <summary>Issue 18 L3: a guesser is stopped at their address without locking the real user out; unlock ends a lockout.</summary>
public sealed class LoginThrottleTests : IClassFixture<ReviewEngineApp>
{
    private static readonly IPAddress Guesser = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Office = IPAddress.Parse("10.20.30.40");
    private readonly ReviewEngineApp _app;

    public LoginThrottleTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task FiveWrongPasswordsStopTheGuessersAddressButNotTheRealUser()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(LoginOutcome.WrongCredentials, await SignInAsync("wc-admin", "guess-" + i, Guesser));
        }

        Assert.Equal(LoginOutcome.AddressThrottled, await SignInAsync("wc-admin", HostingExtensions.DemoPassword, Guesser));
        Assert.Equal(LoginOutcome.SignedIn, await SignInAsync("wc-admin", HostingExtensions.DemoPassword, Office));
        Assert.Equal(LoginOutcome.SignedIn, await SignInAsync("wc-district", HostingExtensions.DemoPassword, Guesser));
    }

    [Fact]
    public async Task AnUnknownNameAndAWrongPasswordGetTheSameAnswer()
    {
        var client = _app.CreateClient();
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "no-such-user", password = "x" });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "lb-reviewer", password = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(Detail(await unknown.Content.ReadAsStringAsync()), Detail(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnAdministratorUnlockEndsAnAccountLockout()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ReviewUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync("lb-registrar"))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        Assert.Equal(LoginOutcome.AccountLockedOut, await SignInAsync("lb-registrar", HostingExtensions.DemoPassword, Office));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().UnlockAsync("lb-registrar");
        }

        Assert.Equal(LoginOutcome.SignedIn, await SignInAsync("lb-registrar", HostingExtensions.DemoPassword, Office));
    }

    private async Task<LoginOutcome> SignInAsync(string user, string password, IPAddress from)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        // SignInManager writes its cookie through the current HttpContext; each attempt gets a fresh one.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await scope.ServiceProvider.GetRequiredService<LoginAttempts>().SignInAsync(user, password, from, CancellationToken.None);
    }

    private static string Detail(string problem) => System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;
}
