using System.Drawing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using ReviewEngine.Application.Workflows;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>
/// Issue 17 item 3 in the browser: switching the kind select swaps the material list in place (no reload), a conditional
/// material turns required when the answer it depends on calls for it, and a missing required material is named before
/// anything is sent. Screenshots at 1366 wide (17-07, 17-08 under artifacts/screenshots; copies in docs/screenshots).
/// </summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class NewCaseFormBrowserTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;
    private readonly string _files = Directory.CreateTempSubdirectory("re-files-").FullName;

    public NewCaseFormBrowserTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    private IJavaScriptExecutor Js => (IJavaScriptExecutor)_browser.Driver;

    private IReadOnlyList<string> Listed() =>
        _browser.Driver.FindElements(By.CssSelector("#material-list li.material")).Select(li => li.GetAttribute("data-material")!).ToList();

    private IReadOnlyList<string> MaterialsOf(string kind) =>
        _server.App.Services.GetRequiredService<IWorkflowCatalog>().ForKind(kind).Definition.Materials.Select(m => m.Id).ToList();

    private bool Required(string material) =>
        _browser.Driver.FindElement(By.CssSelector($"#material-list li[data-material={material}]")).GetAttribute("class")!.Contains("required", StringComparison.Ordinal);

    [BrowserFact]
    public void SwitchingTheKindSwapsTheMaterialsInPlaceAndMissingOnesAreNamedBeforeSending()
    {
        _browser.LoginAs("lb-drafter");
        _browser.Driver.Manage().Window.Size = new Size(1366, 1600);
        _browser.Go("/Cases/New");
        Js.ExecuteScript("document.documentElement.dataset.loaded = 'once';");
        Assert.False(_browser.Driver.FindElement(By.Id("refresh-materials")).Displayed);
        Assert.Equal(MaterialsOf("NORMATIVE_DOC"), Listed());
        var note = Path.Combine(_files, "起草说明.txt");
        File.WriteAllText(note, "起草说明");
        _browser.Upload("file-draftingNote", note);
        Screenshot("17-07-new-case-normative");

        _browser.Select("kind", "ADMIN_AGREEMENT");
        _browser.Wait(_ => Listed().SequenceEqual(MaterialsOf("ADMIN_AGREEMENT")));
        Assert.Equal("once", Js.ExecuteScript("return document.documentElement.dataset.loaded;"));
        Assert.Equal("行政协议", _browser.Text("#materials-kind"));
        Assert.Equal("合同（协议）文本", _browser.Text("#main-material"));
        Assert.EndsWith("起草说明.txt", _browser.Driver.FindElement(By.Id("file-draftingNote")).GetAttribute("value"), StringComparison.Ordinal);

        Assert.False(Required("fairCompetition"));
        _browser.Fill("subtype", "招商引资");
        Assert.True(Required("fairCompetition"));

        _browser.Fill("title", "罗埠镇招商引资项目投资协议");
        _browser.Click("submit-case");

        var errors = _browser.Text("#client-errors");
        Assert.Contains("缺少必备材料「合同（协议）文本」", errors);
        Assert.Contains("缺少必备材料「对方主体资格资料」", errors);
        Assert.Contains("缺少材料「公平竞争审查表」：招商引资、特许经营类事项必备", errors);
        Assert.DoesNotContain("谈判/起草说明", errors);
        Assert.Equal("once", Js.ExecuteScript("return document.documentElement.dataset.loaded;"));
        Assert.Equal("file-contractText", _browser.Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        Screenshot("17-08-new-case-agreement-missing");
    }

    [BrowserFact]
    public void TheCheckedFormIsSentAndOpensTheCase()
    {
        _browser.LoginAs("lb-drafter");
        _browser.Go("/Cases/New");
        _browser.Select("kind", "MAJOR_DECISION");
        _browser.Wait(_ => Listed().SequenceEqual(MaterialsOf("MAJOR_DECISION")));
        _browser.Fill("title", "罗埠镇老旧小区改造决策");
        _browser.Fill("pasted", "一、改造范围……");
        foreach (var material in new[] { "draftingNote", "legalBasis", "publicParticipation" })
        {
            var path = Path.Combine(_files, material + ".txt");
            File.WriteAllText(path, "材料");
            _browser.Upload("file-" + material, path);
        }

        _browser.Click("submit-case");

        _browser.Wait(d => d.Url.Contains("/Cases/Details/"));
        Assert.Equal("registration", _browser.Driver.FindElement(By.Id("case-state")).GetAttribute("data-state"));
    }

    /// <summary>The whole form at 1366 wide.</summary>
    private void Screenshot(string name)
    {
        var height = Convert.ToInt32(Js.ExecuteScript("return document.documentElement.scrollHeight;"));
        _browser.Driver.Manage().Window.Size = new Size(1366, height + 20);
        Js.ExecuteScript("window.scrollTo(0, 0);");
        _browser.Screenshot(name);
        _browser.Driver.Manage().Window.Size = new Size(1366, 1600);
    }

    public void Dispose()
    {
        _browser.Dispose();
        Directory.Delete(_files, true);
    }
}
