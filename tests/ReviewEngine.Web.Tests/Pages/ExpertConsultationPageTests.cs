using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// 专家论证 through the pages: the reviewer picks fields and the panel is drawn; an invited expert answers or declines
/// on their consultation page (a replacement takes the seat); an expert not on the panel finds neither the
/// consultation nor the case (404); the case page shows the majority view and every dissent.
/// </summary>
public sealed class ExpertConsultationPageTests : IClassFixture<ReviewEngineApp>
{
    private static readonly string[] ContractExperts = ["expert-1", "expert-2", "expert-4", "expert-5"];
    private readonly ReviewEngineApp _app;

    public ExpertConsultationPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ReviewerRequestsADrawExpertsAnswerOrDeclineAndOthersSeeNothing()
    {
        var caseId = await ComplexCaseAsync();
        var reviewer = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var page = await reviewer.GetDocumentAsync($"/Cases/Details/{caseId}");
        Assert.NotNull(page.QuerySelector("#fields-requestExpertConsultation input[value='合同']"));

        var requested = await reviewer.PostMultipartAsync($"/Cases/Details/{caseId}?handler=Act", page, new()
        {
            ["Form.ActionId"] = "requestExpertConsultation",
            ["Form.ExpectedVersion"] = Version(page),
            ["Form.Fields"] = "合同",
            ["Form.Comment"] = "请论证罚款条款",
        });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        page = await reviewer.GetDocumentAsync($"/Cases/Details/{caseId}");
        var panel = page.QuerySelectorAll("#consultations tbody tr").Select(r => r.GetAttribute("data-user")!).ToList();
        Assert.Equal(3, panel.Count);
        Assert.Contains("随机抽取（种子", page.QuerySelector("#consultations h3")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#timeline td"), td => td.TextContent == "抽取专家");
        var consultationId = page.QuerySelector("#consultations article")!.Id!["consultation-".Length..];

        var outsider = await PageTestClient.LoginAsync(_app, ContractExperts.Except(panel).Single());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Consultations/{consultationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Null((await outsider.GetDocumentAsync("/Consultations")).QuerySelector($"tr[data-id='{consultationId}']"));

        await AnswerAsync(panel[0], consultationId, "agreeWithChanges", "删除第五条后可出台", "第五条设定罚款无依据");
        await AnswerAsync(panel[1], consultationId, "agreeWithChanges", "修改后可出台", "");

        var decliner = await PageTestClient.LoginAsync(_app, panel[2]);
        var mine = await decliner.GetDocumentAsync($"/Consultations/{consultationId}");
        var declined = await decliner.PostFormAsync($"/Consultations/{consultationId}?handler=Decline", mine, new() { ["Reason"] = "与起草单位有合作", ["ExpectedVersion"] = Version(mine) });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains("已拒绝", (await decliner.GetDocumentAsync($"/Consultations/{consultationId}")).QuerySelector("#my-status")!.TextContent);

        // The outsider was the only other expert covering 合同: the new draw seats them.
        Assert.NotNull((await outsider.GetDocumentAsync("/Consultations")).QuerySelector($"tr[data-id='{consultationId}']"));
        await AnswerAsync(ContractExperts.Except(panel).Single(), consultationId, "disagree", "不宜出台", "");

        page = await reviewer.GetDocumentAsync($"/Cases/Details/{caseId}");
        Assert.Equal("townshipReview", page.QuerySelector("#case-state")!.GetAttribute("data-state"));
        Assert.Contains("多数意见为「修改后同意」（2 位），1 位持不同意见", page.QuerySelector($"#panel-summary-{consultationId}")!.TextContent);
        Assert.Contains("不宜出台", page.QuerySelector($"#dissents-{consultationId}")!.TextContent);
    }

    [Fact]
    public async Task OnlyTheReviewLeadClosesAConsultationEarlyWithAReasonShownInTheTimeline()
    {
        var caseId = await ComplexCaseAsync();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        await ActOkAsync(reviewer, caseId, new { actionId = "requestExpertConsultation", comment = "论证", assignees = new[] { "expert-1", "expert-3", "expert-5" } });
        await ActOkAsync(await _app.ClientAsAsync("expert-1"), caseId, new { actionId = "giveExpertOpinion", comment = "同意", verdict = "agree" });

        var byReviewer = await reviewer.PostAsJsonAsync($"/api/cases/{caseId}/actions", new { actionId = "closeConsultation", comment = "时间紧" });
        Assert.False(byReviewer.IsSuccessStatusCode);
        await ActOkAsync(await _app.ClientAsAsync("lb-lead"), caseId, new { actionId = "closeConsultation", comment = "两位专家因公出差无法按期答复，经负责人批准结束论证" });

        var page = await (await PageTestClient.LoginAsync(_app, "lb-reviewer")).GetDocumentAsync($"/Cases/Details/{caseId}");
        Assert.Equal("townshipReview", page.QuerySelector("#case-state")!.GetAttribute("data-state"));
        var timeline = page.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("批准结束专家论证（未收齐意见）", timeline);
        Assert.Contains("经负责人批准结束论证", timeline);
    }

    [Fact]
    public async Task AnExpertSeesOnlyTheirOwnEntryAndMustChooseAVerdict()
    {
        var caseId = await ComplexCaseAsync();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var response = await reviewer.PostAsJsonAsync($"/api/cases/{caseId}/actions", new { actionId = "requestExpertConsultation", comment = "论证", assignees = new[] { "expert-1", "expert-3", "expert-5" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var expert = await PageTestClient.LoginAsync(_app, "expert-3");
        var casePage = await expert.GetDocumentAsync($"/Cases/Details/{caseId}");
        Assert.Equal(["expert-3"], casePage.QuerySelectorAll("#consultations tbody tr").Select(r => r.GetAttribute("data-user")));
        var link = casePage.QuerySelector("#answer-consultation")!.GetAttribute("href")!;

        var page = await expert.GetDocumentAsync(link);
        Assert.NotEmpty(page.QuerySelectorAll("#materials a"));
        var noVerdict = await expert.PostFormAsync($"{link}?handler=Opinion", page, new() { ["Text"] = "意见", ["ExpectedVersion"] = Version(page) });
        Assert.Equal(HttpStatusCode.BadRequest, noVerdict.StatusCode);
        Assert.Contains("请选择论证结论", await noVerdict.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInvitedExpertSeesNeitherTheLawyerNorTheOtherExpertsUntilThePanelCloses()
    {
        const string lawyerText = "律师认为第三条罚款无上位法依据";
        const string expertText = "专家一建议删除第三条";
        const string declineReason = "与起草单位存在利害关系";
        var caseId = await ComplexCaseAsync();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        Task Act(HttpClient client, object body) => ActOkAsync(client, caseId, body);

        await Act(reviewer, new { actionId = "requestLawyerOpinion" });
        await Act(await _app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = lawyerText });
        await Act(reviewer, new { actionId = "requestExpertConsultation", comment = "论证", assignees = new[] { "expert-1", "expert-3", "expert-5" } });
        await Act(await _app.ClientAsAsync("expert-1"), new { actionId = "giveExpertOpinion", comment = expertText, verdict = "agreeWithChanges" });
        var declined = await (await _app.ClientAsAsync("expert-3")).PostAsJsonAsync($"/api/cases/{caseId}/consultation/decline", new { reason = declineReason });
        Assert.True(declined.IsSuccessStatusCode, await declined.Content.ReadAsStringAsync());

        var asExpert = (await ReviewEngineApp.GetCaseAsync(await _app.ClientAsAsync("expert-5"), caseId)).ToString();
        var page = (await (await PageTestClient.LoginAsync(_app, "expert-5")).GetDocumentAsync($"/Cases/Details/{caseId}")).Body!.TextContent;
        foreach (var secret in new[] { lawyerText, expertText, declineReason })
        {
            Assert.DoesNotContain(secret, asExpert);
            Assert.DoesNotContain(secret, page);
        }

        // The expert who answered still sees their own entry; staff see the whole trail.
        Assert.Contains(expertText, (await ReviewEngineApp.GetCaseAsync(await _app.ClientAsAsync("expert-1"), caseId)).ToString());
        var asReviewer = (await ReviewEngineApp.GetCaseAsync(reviewer, caseId)).ToString();
        Assert.Contains(lawyerText, asReviewer);
        Assert.Contains(expertText, asReviewer);
        Assert.Contains(declineReason, asReviewer);
    }

    [Fact]
    public async Task AnInvitedExpertCannotFetchTheLawyersOpinionFileByIdButCanFetchTheMaterials()
    {
        var caseId = await ComplexCaseAsync();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        Task Act(HttpClient client, object body) => ActOkAsync(client, caseId, body);

        await Act(reviewer, new { actionId = "requestLawyerOpinion" });
        await Act(await _app.ClientAsAsync("lb-lawyer"), new
        {
            actionId = "submitLawyerOpinion",
            comment = "见附件",
            documentName = "律师意见.txt",
            documentBase64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("律师认为第三条无上位法依据")),
        });
        await Act(reviewer, new { actionId = "requestExpertConsultation", comment = "论证", assignees = new[] { "expert-1", "expert-3", "expert-5" } });

        var documents = (await ReviewEngineApp.GetCaseAsync(reviewer, caseId)).GetProperty("documents").EnumerateArray().ToList();
        var lawyerFile = documents.Single(d => d.GetProperty("fileName").GetString() == "律师意见.txt").GetProperty("id").GetGuid();
        var material = documents.First(d => d.GetProperty("materialId").ValueKind == System.Text.Json.JsonValueKind.String).GetProperty("id").GetGuid();
        var expert = await _app.ClientAsAsync("expert-5");

        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/cases/{caseId}/documents/{lawyerFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync($"/api/cases/{caseId}/documents/{material}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/cases/{caseId}/documents/{lawyerFile}")).StatusCode);
    }

    [Fact]
    public async Task TheApiDrawsForFieldsNamesTheEmptyingConstraintAndTakesDeclines()
    {
        var caseId = await ComplexCaseAsync();
        var reviewer = await _app.ClientAsAsync("lb-reviewer");

        var tooFew = await ReviewEngineApp.ActAsync(reviewer, caseId, new { actionId = "requestExpertConsultation", comment = "论证", fields = new[] { "土地" } });
        Assert.False(tooFew.IsSuccessStatusCode);
        var explained = await tooFew.Content.ReadAsStringAsync();
        Assert.Contains("符合全部条件的只有 2 名", explained);
        Assert.Contains("尚未开通系统账号", explained);
        Assert.Contains("「土地」2 名", explained);
        Assert.Contains("建议：请系统管理员为这些专家开通账号", explained);

        var drawn = await ReviewEngineApp.ActAsync(reviewer, caseId, new { actionId = "requestExpertConsultation", comment = "论证", fields = new[] { "合同", "土地" }, seed = 5 });
        Assert.True(drawn.IsSuccessStatusCode, await drawn.Content.ReadAsStringAsync());
        var tasks = (await ReviewEngineApp.GetCaseAsync(reviewer, caseId)).GetProperty("openTasks").EnumerateArray().ToList();
        Assert.Equal(3, tasks.Count);
        var expert = await _app.ClientAsAsync(tasks[0].GetProperty("assigneeId").GetString()!);

        var badVerdict = await ReviewEngineApp.ActAsync(expert, caseId, new { actionId = "giveExpertOpinion", comment = "意见", verdict = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, badVerdict.StatusCode);
        var noReason = await expert.PostAsJsonAsync($"/api/cases/{caseId}/consultation/decline", new { reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var declined = await expert.PostAsJsonAsync($"/api/cases/{caseId}/consultation/decline", new { reason = "回避" });
        Assert.True(declined.IsSuccessStatusCode, await declined.Content.ReadAsStringAsync());
    }

    private async Task AnswerAsync(string expert, string consultationId, string verdict, string text, string points)
    {
        var client = await PageTestClient.LoginAsync(_app, expert);
        var page = await client.GetDocumentAsync($"/Consultations/{consultationId}");
        var response = await client.PostFormAsync($"/Consultations/{consultationId}?handler=Opinion", page,
            new() { ["Verdict"] = verdict, ["Text"] = text, ["Points"] = points, ["ExpectedVersion"] = Version(page) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已提交", (await client.GetDocumentAsync($"/Consultations/{consultationId}")).QuerySelector("#my-status")!.TextContent);
    }

    private async Task<Guid> ComplexCaseAsync()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇农村生活垃圾分类管理办法", ReviewEngineApp.NormativeMaterials);
        Assert.True((await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-registrar"), id, new { actionId = "accept" })).IsSuccessStatusCode);
        Assert.True((await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-reviewer"), id, new { actionId = "markComplex", comment = "涉及罚款" })).IsSuccessStatusCode);
        return id;
    }

    private static async Task ActOkAsync(HttpClient client, Guid caseId, object body)
    {
        var r = await ReviewEngineApp.ActAsync(client, caseId, body);
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
    }

    private static string Version(IHtmlDocument page) =>
        page.QuerySelector("input[name='Form.ExpectedVersion'], input[name='ExpectedVersion']")!.GetAttribute("value")!;
}
