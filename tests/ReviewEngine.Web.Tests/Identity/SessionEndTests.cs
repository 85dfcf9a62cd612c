using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Identity;

/// <summary>Disabling an account or resetting its password ends its bearer tokens and cookies at the next request.</summary>
public sealed class SessionEndTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public SessionEndTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ADisabledUsersBearerTokenAndCookieStopWorkingAtOnce()
    {
        var api = await _app.ClientAsAsync("lb-lawyer");
        var page = await PageTestClient.LoginAsync(_app, "lb-lawyer");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/")).StatusCode);

        await AdministerAsync(users => users.DisableAsync("lb-lawyer"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/templates")).StatusCode);
        var home = await page.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location?.OriginalString);
        var login = await _app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "lb-lawyer", password = Web.Hosting.HostingExtensions.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Contains("账号已停用", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APasswordResetEndsEarlierTokensAndCookiesButNotNewOnes()
    {
        var api = await _app.ClientAsAsync("lb-lead");
        var page = await PageTestClient.LoginAsync(_app, "lb-lead");

        await AdministerAsync(users => users.ResetPasswordAsync("lb-lead", Web.Hosting.HostingExtensions.DemoPassword));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/")).StatusCode);
        var again = await _app.ClientAsAsync("lb-lead");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/workflows")).StatusCode);
    }

    private async Task AdministerAsync(Func<UserAdministration, Task> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }
}
