using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>Tables on the case page and the inbox name things in Chinese (<see cref="Labels.DisplayLabels"/>), never by their ids.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class ChineseLabelTests : IClassFixture<KestrelApp>, IDisposable
{
    private static readonly string[] Ids =
    [
        "submit", "submitSupplement", "opinionLetter", "BLOCKING", "MAJOR", "MINOR", "ADVICE", "NORMATIVE_DOC", "registration", "townshipReview",
        "registrar", "reviewer", "drafter", "draftingNote", "legalBasis", "publicComment",
    ];

    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;

    public ChineseLabelTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    [BrowserFact]
    public async Task CasePageAndInboxTablesShowChineseNamesNotIds()
    {
        var drafter = await _server.App.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇收费管理办法", ReviewEngineApp.NormativeMaterials);

        _browser.LoginAs("lb-registrar");
        Assert.Contains("罗埠镇收费管理办法", _browser.Text("#inbox"));
        AssertNoIds("#inbox");
        _browser.Screenshot("17-05-inbox-labels");

        _browser.OpenCase(id);
        Assert.Contains("送审", _browser.Text("#documents"));
        Assert.Equal("submit", _browser.Driver.FindElement(By.CssSelector("#documents td[data-purpose]")).GetAttribute("data-purpose"));
        foreach (var table in new[] { "#case-facts", "#documents", "#timeline" })
        {
            AssertNoIds(table);
        }

        if (_browser.Driver.FindElements(By.Id("findings")).Count > 0)
        {
            AssertNoIds("#findings");
        }

        _browser.Screenshot("17-06-case-page-labels");
    }

    private void AssertNoIds(string css)
    {
        var words = _browser.Text(css).Split([' ', '\n', '\t', '（', '）', '(', ')', '，', '：', '、'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Empty(words.Intersect(Ids, StringComparer.Ordinal));
    }

    public void Dispose() => _browser.Dispose();
}
