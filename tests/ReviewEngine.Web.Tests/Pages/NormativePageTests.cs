using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReviewEngine.Web.Tests.Pages;

public sealed class NormativePageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public NormativePageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ListsOnlyAdoptedDocumentsOfTheViewersTownship()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var open = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "未审结的办法", ReviewEngineApp.NormativeMaterials);

        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var list = await page.GetDocumentAsync("/Normative");
        Assert.NotNull(list.QuerySelector("header a[href='/Normative']"));
        Assert.DoesNotContain(list.QuerySelectorAll("#normative a"), a => a.GetAttribute("href") == $"/Cases/Details/{open}");
        Assert.NotNull((await page.GetDocumentAsync("/Normative?cleanupDue=true")).QuerySelector("input[name=cleanupDue][checked]"));
    }

    [Fact]
    public async Task AValidityOfNineThousandYearsIsRefusedNamingTheField()
    {
        var response = await SubmitAsync(await _app.ClientAsAsync("lb-drafter"), "九千年有效的办法", "9000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("metadata.validityYears", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OneBadRowDoesNotTakeTheListDown()
    {
        var good = await AdoptAsync("罗埠镇良好的管理办法");
        var bad = await AdoptAsync("罗埠镇被改坏的管理办法");
        using (var connection = new SqliteConnection($"Data Source={_app.DatabasePath}"))
        {
            // Straight into the database, past the submission check: the row that took /Normative down (issue 18 H2).
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ReviewCases SET Metadata = '{\"validityYears\":\"9000\"}' WHERE Title = '罗埠镇被改坏的管理办法'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        foreach (var user in new[] { "lb-reviewer", "wc-district" })
        {
            var list = await (await PageTestClient.LoginAsync(_app, user)).GetDocumentAsync("/Normative");
            var links = list.QuerySelectorAll("#normative a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"/Cases/Details/{good}", links);
            Assert.DoesNotContain($"/Cases/Details/{bad}", links);
        }
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient drafter, string title, string validityYears)
    {
        var documents = ReviewEngineApp.NormativeMaterials.Select(m => new { fileName = m + ".txt", base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{title} {m} 正文")), materialId = m });
        var metadata = new Dictionary<string, string> { ["issuer"] = "罗埠镇人民政府", ["validityYears"] = validityYears };
        return drafter.PostAsJsonAsync("/api/cases", new { kind = "NORMATIVE_DOC", title, metadata, documents });
    }

    [Fact]
    public async Task ShowsPublicationNumberAndFilingDueFromPublicationThenTheFiledDate()
    {
        var id = await AdoptAsync("罗埠镇公布后备案的办法");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(15).ToString("yyyy-MM-dd");
        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");

        var row = (await page.GetDocumentAsync("/Normative")).QuerySelector($"#normative tr[data-case] a[href='/Cases/Details/{id}']")!.Closest("tr")!;
        Assert.Equal(today, row.QuerySelector(".published")!.TextContent);
        Assert.Equal("罗政发〔2026〕3号", row.QuerySelector(".doc-number")!.TextContent);
        Assert.Equal(due, row.QuerySelector(".filing-due")!.TextContent);
        Assert.Equal("未备案", row.QuerySelector(".filed")!.TextContent);

        var filed = await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-drafter"), id,
            new { actionId = "recordFiling", record = new Dictionary<string, string> { ["filedOn"] = today, ["filedWith"] = "婺城区人民政府（区司法局）" } });
        Assert.True(filed.StatusCode == HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());
        row = (await page.GetDocumentAsync("/Normative")).QuerySelector($"#normative tr[data-case] a[href='/Cases/Details/{id}']")!.Closest("tr")!;
        Assert.Equal(today, row.QuerySelector(".filed")!.TextContent);
    }

    /// <summary>A 罗埠镇 normative document valid for 2 years, taken through adoption, 集体审议 and 公布 (today).</summary>
    private async Task<Guid> AdoptAsync(string title)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var submitted = await SubmitAsync(drafter, title, "2");
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        foreach (var (client, body) in new (HttpClient, object)[]
        {
            (await _app.ClientAsAsync("lb-registrar"), new { actionId = "accept" }),
            (reviewer, new { actionId = "requestLawyerOpinion" }),
            (await _app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = "书面法律意见" }),
            (reviewer, new { actionId = "draftOpinion", comment = "审查意见", conclusion = "合法" }),
            (await _app.ClientAsAsync("lb-lead"), new { actionId = "approveOpinion" }),
            (drafter, new { actionId = "confirmAdoption", comment = "已采纳" }),
            (drafter, new { actionId = "recordDeliberation", record = Fields(("meetingOn", Today), ("meetingName", "镇长办公会议"), ("outcome", "通过")) }),
            (drafter, new { actionId = "recordPublication", record = Fields(("publishedOn", Today), ("documentNumber", "罗政发〔2026〕3号"), ("channel", "婺城区人民政府网站")) }),
        })
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        return id;
    }

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);
}
