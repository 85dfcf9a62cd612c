using System.Net;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>Pages answer errors with the Chinese HTML page and the real status; /api keeps JSON problem details.</summary>
public sealed class ErrorPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public ErrorPageTests(ReviewEngineApp app) => _app = app;

    [Theory]
    [InlineData("/Cases/New", HttpStatusCode.Forbidden, "无权访问")]
    [InlineData("/Admin/Experts", HttpStatusCode.Forbidden, "无权访问")]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("/Error/500", HttpStatusCode.InternalServerError, "系统出错")]
    public async Task PagesAnswerWithTheChineseErrorPage(string path, HttpStatusCode status, string title)
    {
        var expert = await PageTestClient.LoginAsync(_app, "expert-1");

        var response = await expert.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("返回我的待办", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeepsJsonProblemDetails()
    {
        var client = await _app.ClientAsAsync("lb-drafter");

        var missing = await client.GetAsync($"/api/cases/{Guid.NewGuid()}");
        var unknown = await client.GetAsync("/api/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousVisitorIsStillSentToTheLoginForm()
    {
        var response = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Cases/New");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
