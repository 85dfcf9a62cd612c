using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Tests.Pages;

public sealed class NotificationPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public NotificationPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task BellCountsUnreadOnEveryPageAndTheListMarksOneThenAllRead()
    {
        var drafter = await _app.ClientAsAsync("cb-drafter");
        var caseId = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "通知页面测试办法", ReviewEngineApp.NormativeMaterials);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            db.Notifications.Add(new Notification(null, NotificationRecipient.RoleIn("reviewLead", "chengbei"), caseId, "CB-1", NotificationKind.Reminder, "【催办】请登记<script>x</script>", DateTime.UtcNow));
            db.Notifications.Add(new Notification(null, NotificationRecipient.User("cb-lead"), caseId, "CB-1", NotificationKind.DueSoon, "【临期】请办理", DateTime.UtcNow.AddMinutes(1)));
            await db.SaveChangesAsync();
        }

        var page = await PageTestClient.LoginAsync(_app, "cb-lead");
        Assert.Equal("2", (await page.GetDocumentAsync("/Cases/Search")).QuerySelector("#bell-count")?.TextContent);
        var list = await page.GetDocumentAsync("/Notifications");
        var rows = list.QuerySelectorAll("#notifications tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("临期", rows[0].TextContent);
        Assert.Contains("<script>", rows[1].TextContent); // shown as text, not markup
        Assert.Empty(list.QuerySelectorAll("#notifications script"));

        var first = rows[0].GetAttribute("data-id")!;
        var read = await page.PostFormAsync($"/Notifications?handler=Read&id={first}", list, []);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var after = await page.GetDocumentAsync("/Notifications");
        Assert.Equal("1", after.QuerySelector("#bell-count")?.TextContent);
        Assert.Equal("read", after.QuerySelector($"tr[data-id='{first}']")?.ClassName);

        var all = await page.PostFormAsync("/Notifications?handler=ReadAll", after, []);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        var cleared = await page.GetDocumentAsync("/Notifications?unreadOnly=true");
        Assert.Null(cleared.QuerySelector("#bell-count"));
        Assert.NotNull(cleared.QuerySelector("#no-notifications"));
        Assert.Contains("无未读", cleared.QuerySelector("#bell")?.GetAttribute("aria-label"));

        // Another township's review lead (the deadline service may notify registrars of this case, so the test uses leads) never sees them.
        var other = await PageTestClient.LoginAsync(_app, "lb-lead");
        Assert.Empty((await other.GetDocumentAsync("/Notifications")).QuerySelectorAll("#notifications tbody tr"));
    }

    [Fact]
    public async Task OpeningANotificationMarksItReadAndShowsTheCaseOnlyToItsRecipient()
    {
        var drafter = await _app.ClientAsAsync("cb-drafter");
        var caseId = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "通知打开测试办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await PageTestClient.LoginAsync(_app, "cb-registrar");
        var row = (await registrar.GetDocumentAsync("/Notifications")).QuerySelectorAll("#notifications tbody tr")
            .First(r => r.TextContent.Contains("通知打开测试办法", StringComparison.Ordinal) && r.TextContent.Contains("待认领", StringComparison.Ordinal));
        var id = row.GetAttribute("data-id")!;

        var stranger = await PageTestClient.LoginAsync(_app, "lb-registrar");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Notifications?handler=Open&id={id}")).StatusCode);

        var open = await registrar.GetAsync($"/Notifications?handler=Open&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Cases/Details/{caseId}", open.Headers.Location?.OriginalString);
        Assert.Equal("read", (await registrar.GetDocumentAsync("/Notifications")).QuerySelector($"tr[data-id='{id}']")?.ClassName);
    }
}
