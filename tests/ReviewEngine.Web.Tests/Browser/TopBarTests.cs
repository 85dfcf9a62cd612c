using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>The top bar every page shares: the bell is drawn, not a font glyph, and counts what is unread.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class TopBarTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;

    public TopBarTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    [BrowserFact]
    public async Task BellIsAnInlineSvgIconWithTheUnreadCount()
    {
        await using (var scope = _server.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            db.Notifications.Add(new Notification(null, NotificationRecipient.User("lb-lead"), Guid.NewGuid(), "luobu-2026-0099", NotificationKind.DueSoon,
                "【临期】案件 luobu-2026-0099「顶栏测试」的「审查」将于 2026年3月23日 到期，请抓紧办理。", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        _browser.LoginAs("lb-lead");

        var bell = _browser.Driver.FindElement(By.Id("bell"));
        var icon = bell.FindElement(By.CssSelector("svg.bell-icon"));
        Assert.True(icon.Size.Width > 0 && icon.Size.Height > 0);
        Assert.DoesNotContain("🔔", bell.Text, StringComparison.Ordinal);
        Assert.Equal("1", _browser.Text("#bell-count"));
        _browser.Screenshot("17-01-bell");
    }

    public void Dispose() => _browser.Dispose();
}
