using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>案件查询 in Chromium: Chinese select lists that send ids, full text of the documents highlighted, the viewer's scope.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class CaseSearchPageTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;

    public CaseSearchPageTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    [BrowserFact]
    public async Task ReviewerFindsACaseByWordsOfItsDraftWithTownshipAndStateChosenByName()
    {
        var drafter = await _server.App.ClientAsAsync("lb-drafter");
        var id = await SubmitAsync(drafter, "罗埠镇集镇停车管理办法", "第三条 机动车应当在划定的泊位内停放，夜间停放收取停车服务费。");
        await SubmitAsync(drafter, "罗埠镇农贸市场管理办法", "第五条 经营者应当亮照经营。");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

        _browser.LoginAs("lb-reviewer");
        _browser.Go("/Cases/Search");
        _browser.Fill("text", "停车服务费");
        new SelectElement(_browser.Driver.FindElement(By.Id("township"))).SelectByText("罗埠镇人民政府");
        var state = new SelectElement(_browser.Driver.FindElement(By.Id("state")));
        state.SelectByValue("registration");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", state.SelectedOption.Text);
        _browser.SetValue("from", today);
        _browser.SetValue("to", today);
        _browser.Click("search");
        _browser.Wait(d => d.Url.Contains("text=", StringComparison.Ordinal) && d.FindElements(By.Id("results")).Count > 0);

        Assert.Contains("township=luobu", _browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("state=registration", _browser.Driver.Url, StringComparison.Ordinal);
        var rows = _browser.Driver.FindElements(By.CssSelector("#results tr[data-case]"));
        Assert.Equal([id.ToString()], rows.Select(r => r.GetAttribute("data-case")));
        var match = _browser.Driver.FindElement(By.CssSelector($"tr[data-match-for='{id}']"));
        Assert.Contains("draft.txt", match.Text, StringComparison.Ordinal);
        Assert.Contains(match.FindElements(By.TagName("mark")), m => m.Text == "停车");
        Assert.Contains("罗埠镇人民政府", rows[0].Text, StringComparison.Ordinal);
        _browser.Screenshot("17-09-search");

        _browser.LoginAs("cb-reviewer");
        _browser.Go("/Cases/Search?text=" + Uri.EscapeDataString("停车服务费"));
        Assert.Empty(_browser.Driver.FindElements(By.CssSelector("#results tr[data-case]")));
        Assert.Equal("共 0 件", _browser.Text("#result-count"));
    }

    private static async Task<Guid> SubmitAsync(HttpClient drafter, string title, string draftText)
    {
        var documents = ReviewEngineApp.NormativeMaterials.Select(m => new
        {
            fileName = m + ".txt",
            base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(m == "draft" ? title + "\n" + draftText : $"{title} {m}")),
            materialId = m,
        });
        var response = await drafter.PostAsJsonAsync("/api/cases", new { kind = "NORMATIVE_DOC", title, documents });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public void Dispose() => _browser.Dispose();
}
