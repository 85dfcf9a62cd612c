using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Api;

public sealed class TemplateLibraryTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public TemplateLibraryTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ApiListsGetsAndSearchesTheTemplates()
    {
        var client = await _app.ClientAsAsync("lb-drafter");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/templates");
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/templates/search?q=" + Uri.EscapeDataString("收回国有建设用地 补偿") + "&kind=" + Uri.EscapeDataString("行政协议"));
        var one = await client.GetFromJsonAsync<JsonElement>("/api/templates/land-recovery");

        Assert.Equal(13, list.GetArrayLength());
        Assert.Equal("land-recovery", hits[0].GetProperty("templateId").GetString());
        Assert.All(hits.EnumerateArray(), h => Assert.Equal("行政协议", h.GetProperty("kind").GetString()));
        Assert.Equal("land-recovery", one.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/templates/search?q=x&kind=其他")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/templates")).StatusCode);
    }

    /// <summary>Issue 16 item 3: links and API calls naming land-transfer, the id before the rename, still work.</summary>
    [Fact]
    public async Task TheFormerIdOfARenamedTemplateStillLeadsToIt()
    {
        var client = await _app.ClientAsAsync("lb-drafter");
        var one = await client.GetFromJsonAsync<JsonElement>("/api/templates/land-transfer");
        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");

        var moved = await page.GetAsync("/Templates/View/land-transfer");
        var view = await page.GetDocumentAsync(moved.Headers.Location!.OriginalString);

        Assert.Equal("land-management-right-transfer", one.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/Templates/View/land-management-right-transfer", moved.Headers.Location.OriginalString);
        Assert.Equal("土地经营权流转合同", view.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LibraryPageShowsHighlightedResultsAndTemplateClauses()
    {
        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");

        var results = await page.GetDocumentAsync("/Templates?q=" + Uri.EscapeDataString("违约金"));
        var template = await page.GetDocumentAsync("/Templates/View/investment-attraction");

        Assert.NotEmpty(results.QuerySelectorAll("#hits li"));
        Assert.NotEmpty(results.QuerySelectorAll("#hits mark"));
        Assert.Contains(template.QuerySelectorAll(".clause .tag"), t => t.TextContent.Contains("锁定"));
        Assert.Contains(template.QuerySelectorAll(".clause .muted"), n => n.TextContent.Contains("C-"));
    }
}
