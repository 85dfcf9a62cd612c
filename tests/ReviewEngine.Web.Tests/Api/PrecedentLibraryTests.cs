using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>An approved opinion's issues become searchable precedents at once, shared district-wide only as precedents.</summary>
public sealed class PrecedentLibraryTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public PrecedentLibraryTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ApprovedOpinionIssuesAreSearchable()
    {
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var (_, searchBefore) = await ApproveAsync("先例测试投资协议", "行政协议约定仲裁，仲裁条款无效", before: () => SearchAsync(reviewer, "仲裁条款无效"));
        var searchAfter = await SearchAsync(reviewer, "仲裁条款无效");

        Assert.DoesNotContain(searchBefore.EnumerateArray(), h => h.ToString().Contains("先例测试投资协议"));
        Assert.Contains(searchAfter.EnumerateArray(), h => h.ToString().Contains("先例测试投资协议"));
    }

    [Fact]
    public async Task AnotherTownshipSeesTheIssueButNotTheCase()
    {
        const string title = "罗埠镇某某科技有限公司厂房租赁协议";
        var (id, _) = await ApproveAsync(title, "租金按年度递增百分之三十，显失公平", before: () => Task.FromResult(default(JsonElement)));
        var number = (await ReviewEngineApp.GetCaseAsync(await _app.ClientAsAsync("lb-reviewer"), id)).GetProperty("number").GetString()!;

        var chengbei = await SearchAsync(await _app.ClientAsAsync("cb-reviewer"), "显失公平");
        var shared = Assert.Single(chengbei.EnumerateArray(), h => h.GetProperty("finding").GetString()!.Contains("租金按年度递增"));
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("caseNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("caseTitle").ValueKind);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("caseId").ValueKind);
        Assert.Equal(("修改后签订", "行政协议规定第二十六条", DateTime.UtcNow.Year),
            (shared.GetProperty("conclusion").GetString(), shared.GetProperty("legalBasis").GetString(), shared.GetProperty("year").GetInt32()));
        Assert.DoesNotContain(number, chengbei.ToString());
        Assert.DoesNotContain("某某科技", chengbei.ToString());

        // The case title is not searchable either: matching on it would tell an outsider the case exists.
        Assert.DoesNotContain((await SearchAsync(await _app.ClientAsAsync("cb-reviewer"), "厂房租赁 某某科技")).EnumerateArray(),
            h => h.GetProperty("finding").GetString()!.Contains("租金按年度递增"));

        var district = await SearchAsync(await _app.ClientAsAsync("wc-district"), "显失公平");
        var full = Assert.Single(district.EnumerateArray(), h => h.GetProperty("finding").GetString()!.Contains("租金按年度递增"));
        Assert.Equal((number, title, id), (full.GetProperty("caseNumber").GetString(), full.GetProperty("caseTitle").GetString(), full.GetProperty("caseId").GetGuid()));
    }

    [Fact]
    public async Task ExpertsSeeNoPrecedents()
    {
        var response = await (await _app.ClientAsAsync("expert-1")).GetAsync("/api/templates/precedents?q=" + Uri.EscapeDataString("仲裁条款无效"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("专家不可查阅先例库", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q) =>
        await client.GetFromJsonAsync<JsonElement>("/api/templates/precedents?q=" + Uri.EscapeDataString(q));

    /// <summary>Takes a 罗埠镇 agreement through to an approved opinion with one issue; <paramref name="before"/> runs just before approval.</summary>
    private async Task<(Guid Id, JsonElement Before)> ApproveAsync(string title, string finding, Func<Task<JsonElement>> before)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", title, ReviewEngineApp.AgreementMaterials, counterparty: "某某科技有限公司", amount: 1_234_567m);
        async Task Act(HttpClient client, object body)
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        await Act(await _app.ClientAsAsync("lb-registrar"), new { actionId = "accept" });
        await Act(reviewer, new { actionId = "requestLawyerOpinion" });
        await Act(await _app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = "仲裁条款无效" });
        await Act(reviewer, new
        {
            actionId = "draftOpinion",
            conclusion = "修改后签订",
            comment = "修改争议解决条款",
            issues = new[] { new { no = 1, clause = "第十二条", finding, legalBasis = "行政协议规定第二十六条", requiredChange = "改为行政诉讼" } },
        });
        var result = await before();
        await Act(await _app.ClientAsAsync("lb-lead"), new { actionId = "approveOpinion" });
        return (id, result);
    }
}
