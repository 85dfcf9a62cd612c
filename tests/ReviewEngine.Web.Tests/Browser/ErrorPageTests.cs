using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>Errors in the browser are Chinese pages in the layout with a way back; a signed-in user is never sent to the login form.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class ErrorPageTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly BrowserSession _browser;

    public ErrorPageTests(KestrelApp server) => _browser = new BrowserSession(server.BaseUrl);

    [BrowserFact]
    public void SignedInExpertClickingNewCaseGetsTheForbiddenPageNotTheLoginForm()
    {
        _browser.LoginAs("expert-1");
        _browser.Driver.FindElement(By.LinkText("新建送审")).Click();
        _browser.Wait(d => d.FindElements(By.Id("error")).Count > 0);

        Assert.EndsWith("/Cases/New", _browser.Driver.Url, StringComparison.Ordinal);
        Assert.Equal("403", _browser.Driver.FindElement(By.Id("error")).GetAttribute("data-status"));
        Assert.Equal("无权访问", _browser.Text("h1"));
        Assert.Equal("新建送审须具有「承办单位」角色。", _browser.Text("#error-detail"));
        Assert.Equal("您当前的角色：专家", _browser.Text("#error-roles"));
        Assert.Empty(_browser.Driver.FindElements(By.Id("password")));
        Assert.NotNull(_browser.Driver.FindElement(By.Id("bell")));
        _browser.Screenshot("17-02-forbidden");

        _browser.Click("error-home");
        _browser.Wait(d => d.FindElements(By.CssSelector("h1")).Any(h => h.Text == "我的待办"));
    }

    [BrowserFact]
    public void MissingCaseAndMissingPageShowTheNotFoundPage()
    {
        _browser.LoginAs("lb-drafter");
        _browser.OpenCase(Guid.NewGuid());
        Assert.Equal("页面不存在", _browser.Text("h1"));
        Assert.DoesNotContain("\"status\"", _browser.Driver.PageSource, StringComparison.Ordinal);
        _browser.Screenshot("17-03-not-found");

        _browser.Go("/no-such-page");
        Assert.Equal("404", _browser.Driver.FindElement(By.Id("error")).GetAttribute("data-status"));
        Assert.Equal("返回我的待办", _browser.Text("#error-home"));
    }

    [BrowserFact]
    public void ErrorPageHasNoSeriousAccessibilityViolations()
    {
        _browser.LoginAs("expert-1");
        _browser.Go("/Cases/New");

        Assert.Empty(_browser.SeriousAccessibilityViolations());
    }

    public void Dispose() => _browser.Dispose();
}
