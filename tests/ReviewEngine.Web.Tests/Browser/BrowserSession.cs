using System.Text.Json;
using Deque.AxeCore.Commons;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using ReviewEngine.Web.Hosting;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Selenium (no browser download: the binary and driver paths are explicit).</summary>
public sealed class BrowserSession : IDisposable
{
    private readonly ChromeDriver _driver;
    private readonly string _baseUrl;
    private readonly string _userDataDir = Directory.CreateTempSubdirectory("re-chrome-").FullName;

    public BrowserSession(string baseUrl)
    {
        _baseUrl = baseUrl;
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600", "--lang=zh-CN",
            $"--user-data-dir={_userDataDir}");
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>artifacts/screenshots in the checkout, for review (issue 17); next to the test binaries when run outside it.</summary>
    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    private static string FindScreenshotDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewEngine.sln")))
            {
                return Path.Combine(dir.FullName, "artifacts", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "screenshots");
    }

    public IWebDriver Driver => _driver;

    public void Go(string path) => _driver.Navigate().GoToUrl(_baseUrl + path);

    public void LoginAs(string userId)
    {
        _driver.Manage().Cookies.DeleteAllCookies();
        Go("/Account/Login");
        Fill("userName", userId);
        Fill("password", HostingExtensions.DemoPassword);
        Click("login");
        Wait(d => d.FindElements(By.CssSelector("h1")).Any(h => h.Text == "我的待办"));
    }

    public void Fill(string id, string text)
    {
        var e = _driver.FindElement(By.Id(id));
        e.Clear();
        e.SendKeys(text);
    }

    /// <summary>Sets an input's value directly (a date input's typed format depends on the browser's locale).</summary>
    public void SetValue(string id, string value) =>
        ((IJavaScriptExecutor)_driver).ExecuteScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);

    public void Select(string id, string value) => new SelectElement(_driver.FindElement(By.Id(id))).SelectByValue(value);

    public void Upload(string id, string path) => _driver.FindElement(By.Id(id)).SendKeys(path);

    public void Click(string id) => _driver.FindElement(By.Id(id)).Click();

    /// <summary>Opens an action's panel, lets the caller fill it, and submits it; waits for the page to come back.</summary>
    public void Act(string actionId, Action<BrowserSession>? fill = null)
    {
        _driver.FindElement(By.CssSelector($"#panel-{actionId} > summary")).Click();
        fill?.Invoke(this);
        var before = _driver.FindElement(By.TagName("html"));
        Click($"do-{actionId}");
        Wait(_ => IsStale(before));
        Wait(d => d.FindElements(By.CssSelector(".flash, #action-error")).Count > 0);
    }

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium reports an element of the page being unloaded this way instead of as stale.
            return true;
        }
    }

    public void OpenCase(Guid id) => Go($"/Cases/Details/{id}");

    public string Text(string css) => _driver.FindElement(By.CssSelector(css)).Text;

    public void Wait(Func<IWebDriver, bool> condition)
    {
        // Pages reload after every post; an element read mid-navigation is simply tried again.
        var wait = new WebDriverWait(_driver, TimeSpan.FromSeconds(40));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        wait.Until(condition);
    }

    public void Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        ((ITakesScreenshot)_driver).GetScreenshot().SaveAsFile(Path.Combine(ScreenshotDirectory, name + ".png"));
    }

    /// <summary>axe-core violations of impact serious or critical on the current page.</summary>
    public IReadOnlyList<string> SeriousAccessibilityViolations()
    {
        var js = (IJavaScriptExecutor)_driver;
        js.ExecuteScript(AxeSource.Value);
        var json = (string?)((IJavaScriptExecutor)_driver).ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations.map(v =>
                ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))));
            """);
        return JsonDocument.Parse(json ?? "[]").RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} — {string.Join(" | ", v.GetProperty("nodes").EnumerateArray())}")
            .ToList();
    }

    /// <summary>axe-core as bundled by the Deque.AxeCore.Commons package (MPL-2.0).</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
        try
        {
            Directory.Delete(_userDataDir, true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment.
        }
    }
}
