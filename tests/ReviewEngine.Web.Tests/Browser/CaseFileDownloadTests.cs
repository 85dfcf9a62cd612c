using System.IO.Compression;
using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>下载卷宗 on the case page: the 卷宗 ZIP of `review cases export`, for township and district staff.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class CaseFileDownloadTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;

    public CaseFileDownloadTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    [BrowserFact]
    public async Task RegistrarDownloadsTheCaseFileFromTheCasePage()
    {
        var drafter = await _server.App.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "卷宗下载测试办法", ReviewEngineApp.NormativeMaterials);

        _browser.LoginAs("lb-registrar");
        _browser.OpenCase(id);
        var button = _browser.Driver.FindElement(By.Id("download-case-file"));
        Assert.Equal("下载卷宗", button.Text);
        _browser.Screenshot("17-04-case-page-download");

        // The browser's own request (its cookie), read back as bytes: a browser download is not observable headless.
        var result = (IReadOnlyDictionary<string, object>)((IJavaScriptExecutor)_browser.Driver).ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(async r => {
                const bytes = new Uint8Array(await r.arrayBuffer());
                let s = ''; bytes.forEach(b => s += String.fromCharCode(b));
                done({ status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), body: btoa(s) });
            });
            """, button.GetAttribute("href"))!;
        Assert.Equal(200L, result["status"]);
        Assert.Equal("application/zip", result["type"]);
        Assert.Contains("luobu-", (string?)result["disposition"] ?? "", StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(Convert.FromBase64String((string)result["body"])));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("00-卷宗目录.docx", names[0]);
        Assert.Contains(names, n => n.StartsWith("01-送审材料-第1轮-", StringComparison.Ordinal));
        Assert.EndsWith("-审计记录.json", names[^1], StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AnotherTownshipGetsTheNotFoundPageAndNoButton()
    {
        var drafter = await _server.App.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "他镇卷宗测试办法", ReviewEngineApp.NormativeMaterials);

        _browser.LoginAs("cb-registrar");
        _browser.Go($"/Cases/CaseFile/{id}");

        Assert.Equal("404", _browser.Driver.FindElement(By.Id("error")).GetAttribute("data-status"));
        Assert.Empty(_browser.Driver.FindElements(By.Id("download-case-file")));
    }

    public void Dispose() => _browser.Dispose();
}
