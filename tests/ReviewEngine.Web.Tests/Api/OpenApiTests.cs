using System.Net;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

public sealed class OpenApiTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public OpenApiTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ApiIsDescribedByOpenApiWithAReferencePageAndAHealthEndpoint()
    {
        var client = _app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var reference = await client.GetAsync("/scalar/v1");
        var health = await client.GetStringAsync("/health");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/cases/{id}/actions", paths);
        Assert.Contains("/api/inbox", paths);
        Assert.Contains("/api/templates/search", paths);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("Healthy", health);
    }
}
