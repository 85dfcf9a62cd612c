using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Webhooks;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Tests.Pages;

public sealed class WebhookAdminPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public WebhookAdminPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task AdministratorSetsAWebhookSeesDeadLettersAndRetriesThem()
    {
        var admin = await PageTestClient.LoginAsync(_app, "wc-admin");
        var page = await admin.GetDocumentAsync("/Admin/Webhooks");
        var saved = await admin.PostFormAsync("/Admin/Webhooks?handler=Save", page, new() { ["organisationId"] = "chengbei", ["url"] = "http://127.0.0.1:9/hook", ["enabled"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await admin.GetDocumentAsync("/Admin/Webhooks");
        Assert.Equal("http://127.0.0.1:9/hook", page.QuerySelector("#url-chengbei")?.GetAttribute("value"));

        var bad = await admin.PostFormAsync("/Admin/Webhooks?handler=Save", page, new() { ["organisationId"] = "luobu", ["url"] = "ftp://x", ["enabled"] = "true" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("http://", await bad.Content.ReadAsStringAsync());

        Guid id;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            var d = new WebhookDelivery(Guid.NewGuid(), "chengbei", "http://127.0.0.1:9/hook", "{}", DateTime.UtcNow);
            d.RecordFailure("HTTP 500", DateTime.UtcNow, new WebhookRetryPolicy(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
            db.WebhookDeliveries.Add(d);
            await db.SaveChangesAsync();
            id = d.Id;
        }

        page = await admin.GetDocumentAsync("/Admin/Webhooks");
        Assert.Contains("HTTP 500", page.QuerySelector($"#dead-letters tr[data-id='{id}']")?.TextContent);
        var retried = await admin.PostFormAsync($"/Admin/Webhooks?handler=Retry&id={id}", page, []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Null((await admin.GetDocumentAsync("/Admin/Webhooks")).QuerySelector($"#dead-letters tr[data-id='{id}']"));

        var township = await PageTestClient.LoginAsync(_app, "lb-lead");
        Assert.Equal(HttpStatusCode.Forbidden, (await township.GetAsync("/Admin/Webhooks")).StatusCode);
    }
}
