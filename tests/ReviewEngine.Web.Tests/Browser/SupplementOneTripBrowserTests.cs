using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>Issue 17 item 2: the registrar's 补正 checklist, the drafter answering every item in one submission (a partial
/// answer refused without a reason), and the registrar seeing which items were answered.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class SupplementOneTripBrowserTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;
    private readonly string _files = Directory.CreateTempSubdirectory("re-files-").FullName;

    public SupplementOneTripBrowserTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    [BrowserFact]
    public async Task DrafterAnswersThreeMissingMaterialsInOneTrip()
    {
        var id = await ReviewEngineApp.SubmitAsync(await _server.App.ClientAsAsync("lb-drafter"), "ADMIN_AGREEMENT", "一次补正测试协议", ["contractText"]);
        string[] missing = ["draftingNote", "counterpartyInfo", "legalBasis"];

        _browser.LoginAs("lb-registrar");
        _browser.OpenCase(id);
        _browser.Act("requestSupplement", _ =>
            Assert.All(missing, m => Assert.True(_browser.Driver.FindElement(By.CssSelector($"#checklist-requestSupplement input[value='{m}']")).Selected)));
        Assert.Equal("supplement", State());

        _browser.LoginAs("lb-drafter");
        _browser.OpenCase(id);
        _browser.Act("submitSupplement", b => b.Upload("supplement-file-draftingNote", File("note.txt", "起草说明")));
        Assert.Contains("补正清单尚有未补正的项目：对方主体资格资料、依据与批准文件", _browser.Text("#action-error"));
        Assert.Equal("supplement", State());

        _browser.Act("submitSupplement", b =>
        {
            foreach (var m in missing)
            {
                b.Upload("supplement-file-" + m, File(m + ".txt", "补正材料 " + m));
            }

            b.Fill("comment-submitSupplement", "已按清单一次补齐");
        });
        Assert.Equal("registration", State());

        _browser.LoginAs("lb-registrar");
        _browser.OpenCase(id);
        Assert.Equal(3, _browser.Driver.FindElements(By.CssSelector("#supplement-checklist tr.answered")).Count);
        Assert.Empty(_browser.Driver.FindElements(By.CssSelector("#supplement-checklist tr.unanswered")));
        _browser.Screenshot("17-02-supplement-answered");
        _browser.Act("accept");
        Assert.Equal("townshipReview", State());
    }

    private string State() => _browser.Driver.FindElement(By.Id("case-state")).GetAttribute("data-state")!;

    private string File(string name, string text)
    {
        var path = Path.Combine(_files, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        _browser.Dispose();
        Directory.Delete(_files, recursive: true);
    }
}
