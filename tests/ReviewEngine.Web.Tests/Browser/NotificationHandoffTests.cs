using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>A hand-off reaches the next person: the drafter submits, the registrar's bell counts it, opening it shows the case and reads it.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class NotificationHandoffTests : IClassFixture<KestrelApp>, IDisposable
{
    private const string Title = "罗埠镇村级公益性岗位管理办法（通知测试）";

    private readonly BrowserSession _browser;
    private readonly string _files = Directory.CreateTempSubdirectory("re-files-").FullName;

    public NotificationHandoffTests(KestrelApp server) => _browser = new BrowserSession(server.BaseUrl);

    [BrowserFact]
    public void SubmissionNotifiesTheRegistrarWhoOpensItAndReadsIt()
    {
        var id = Submit(("draft", "第一条 为规范村级公益性岗位管理……"), ("draftingNote", "起草说明"), ("legalBasis", "就业促进法"), ("publicComment", "征求意见30日"));

        _browser.LoginAs("lb-registrar");
        var before = int.Parse(_browser.Text("#bell-count"));
        Assert.True(before >= 1);
        _browser.Click("bell");
        _browser.Wait(d => d.Url.Contains("/Notifications"));
        var row = Row();
        Assert.Equal("unread", row.GetAttribute("class"));
        Assert.Contains("待认领", row.Text, StringComparison.Ordinal);
        Assert.Contains("登记与形式审查", row.Text, StringComparison.Ordinal);
        _browser.Screenshot("17-02-notifications");

        row.FindElement(By.CssSelector("a.open-notification")).Click();
        _browser.Wait(d => d.Url.EndsWith($"/Cases/Details/{id}", StringComparison.Ordinal));
        // At most the count before (a deadline rung of the new task may land meanwhile; it is a notice of its own).
        Assert.True(int.Parse(_browser.Driver.FindElements(By.Id("bell-count")).FirstOrDefault()?.Text ?? "0") <= before);

        _browser.Go("/Notifications");
        Assert.Equal("read", Row().GetAttribute("class"));
        _browser.Screenshot("17-03-notification-read");
    }

    private IWebElement Row() =>
        _browser.Driver.FindElements(By.CssSelector("#notifications tbody tr")).First(r => r.Text.Contains(Title, StringComparison.Ordinal));

    private Guid Submit(params (string Material, string Text)[] files)
    {
        _browser.LoginAs("lb-drafter");
        _browser.Go("/Cases/New");
        _browser.Select("kind", "NORMATIVE_DOC");
        _browser.Fill("title", Title);
        foreach (var (material, text) in files)
        {
            var path = Path.Combine(_files, $"{material}-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path, text);
            _browser.Upload("file-" + material, path);
        }

        _browser.Click("submit-case");
        _browser.Wait(d => d.Url.Contains("/Cases/Details/"));
        return Guid.Parse(_browser.Driver.Url.Split('/').Last());
    }

    public void Dispose() => _browser.Dispose();
}
