using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>An approved opinion's issues become searchable precedents at once.</summary>
public sealed class PrecedentLibraryTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public PrecedentLibraryTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ApprovedOpinionIssuesAreSearchable()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "先例测试投资协议", ReviewEngineApp.AgreementMaterials);
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
            issues = new[] { new { no = 1, clause = "第十二条", finding = "行政协议约定仲裁，仲裁条款无效", legalBasis = "行政协议规定第二十六条", requiredChange = "改为行政诉讼" } },
        });
        var searchBefore = await reviewer.GetFromJsonAsync<JsonElement>("/api/templates/precedents?q=" + Uri.EscapeDataString("仲裁条款无效"));
        await Act(await _app.ClientAsAsync("lb-lead"), new { actionId = "approveOpinion" });
        var searchAfter = await reviewer.GetFromJsonAsync<JsonElement>("/api/templates/precedents?q=" + Uri.EscapeDataString("仲裁条款无效"));

        Assert.DoesNotContain(searchBefore.EnumerateArray(), h => h.ToString().Contains("先例测试投资协议"));
        Assert.Contains(searchAfter.EnumerateArray(), h => h.ToString().Contains("先例测试投资协议"));
    }
}
