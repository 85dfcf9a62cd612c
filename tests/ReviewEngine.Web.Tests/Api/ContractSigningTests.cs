using System.Net;
using System.Text;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>签订 through POST /api/cases/{id}/actions: the signed text is compared with the reviewed text by the real handler.</summary>
public sealed class ContractSigningTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public ContractSigningTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task AChangedTextIsRefusedAndTheReviewedTextRetypedIsSigned()
    {
        const string title = "罗埠镇厂房租赁协议";
        var (drafter, id) = await ReadyToSignAsync(title);

        var changed = await SignAsync(drafter, id, $"{title} contractText 正文（租金改为六十万元）");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        var message = await changed.Content.ReadAsStringAsync();
        Assert.Contains("未经合法性审查的文本不得签订", message);
        Assert.Contains("第 1 段", message);
        var refused = await ReviewEngineApp.GetCaseAsync(drafter, id);
        Assert.Equal("signing", refused.GetProperty("state").GetString());
        var trail = refused.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("signingRefused", trail.GetProperty("action").GetString());
        Assert.Contains("第 1 段", trail.GetProperty("comment").GetString());
        Assert.Contains(refused.GetProperty("documents").EnumerateArray(), x => x.GetProperty("purpose").GetString() == "signingRefused"
            && x.GetProperty("sha256").GetString() == trail.GetProperty("documentSha256").GetString());

        var signed = await SignAsync(drafter, id, $"{title}　contractText\r\n正文\r\n");
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        var view = await ReviewEngineApp.GetCaseAsync(drafter, id);
        Assert.Equal("archived", view.GetProperty("state").GetString());
        var signing = view.GetProperty("signing");
        Assert.Equal("甲方：罗埠镇人民政府；乙方：某实业有限公司", signing.GetProperty("signatories").GetString());
        Assert.Equal(signing.GetProperty("reviewedTextHash").GetString(), signing.GetProperty("signedTextHash").GetString());
        Assert.Contains(view.GetProperty("documents").EnumerateArray(), x => x.GetProperty("sha256").GetString() == signing.GetProperty("signedDocumentSha256").GetString());

        var page = await (await PageTestClient.LoginAsync(_app, "lb-reviewer")).GetDocumentAsync($"/Cases/Details/{id}");
        Assert.Contains("甲方：罗埠镇人民政府", page.QuerySelector("#signing-record")!.TextContent);
    }

    private static Task<HttpResponseMessage> SignAsync(HttpClient drafter, Guid id, string text) =>
        ReviewEngineApp.ActAsync(drafter, id, new
        {
            actionId = "sign",
            documentName = "签订文本.txt",
            documentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
            record = new Dictionary<string, string>
            {
                ["signedOn"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"),
                ["signatories"] = "甲方：罗埠镇人民政府；乙方：某实业有限公司",
            },
        });

    private async Task<(HttpClient Drafter, Guid Id)> ReadyToSignAsync(string title)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", title, ReviewEngineApp.AgreementMaterials, "某实业有限公司", 800_000m);
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        foreach (var (client, body) in new (HttpClient, object)[]
        {
            (await _app.ClientAsAsync("lb-registrar"), new { actionId = "accept" }),
            (reviewer, new { actionId = "requestLawyerOpinion" }),
            (await _app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = "书面法律意见" }),
            (reviewer, new { actionId = "draftOpinion", comment = "审查意见", conclusion = "同意签订" }),
            (await _app.ClientAsAsync("lb-lead"), new { actionId = "approveOpinion" }),
            (drafter, new { actionId = "confirmAdoption", comment = "已采纳" }),
        })
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        return (drafter, id);
    }
}
