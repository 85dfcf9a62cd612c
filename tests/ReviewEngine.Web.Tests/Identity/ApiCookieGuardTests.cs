using System.Net;
using System.Net.Http.Json;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Identity;

/// <summary>The page cookie alone cannot change state through /api: that needs the bearer token (or antiforgery).</summary>
public sealed class ApiCookieGuardTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public ApiCookieGuardTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ACookieSignedApiPostWithoutAntiforgeryIsRefused()
    {
        var page = await PageTestClient.LoginAsync(_app, "lb-drafter");

        var response = await page.PostJsonAsync("/api/cases", new { kind = "NORMATIVE_DOC", title = "跨站提交的办法" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/api/workflows")).StatusCode);
    }

    [Fact]
    public async Task TheBearerTokenStillChangesState()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");

        await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "以令牌提交的办法", ReviewEngineApp.NormativeMaterials);
    }
}
