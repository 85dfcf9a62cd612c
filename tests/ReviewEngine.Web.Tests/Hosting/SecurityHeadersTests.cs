using System.Net;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Hosting;

/// <summary>Pages and the API carry the security headers, and no page needs inline script under the policy.</summary>
public sealed class SecurityHeadersTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public SecurityHeadersTests(ReviewEngineApp app) => _app = app;

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/api/workflows")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task TheCasePageLoadsItsScriptsFromFilesOnly()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "脚本检查的办法", ReviewEngineApp.NormativeMaterials);
        var page = await PageTestClient.LoginAsync(_app, "lb-drafter");

        var document = await page.GetDocumentAsync($"/Cases/Details/{id}");

        Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline script: " + s.Text));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/js/mermaid-init.js")).StatusCode);
    }
}
