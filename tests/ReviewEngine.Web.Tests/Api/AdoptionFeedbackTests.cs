using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Issue 17 item 5: the drafter's per-issue 采纳 / 部分采纳 / 不采纳 is shown in the API and kept in the 卷宗.</summary>
public sealed class AdoptionFeedbackTests(ReviewEngineApp app) : IClassFixture<ReviewEngineApp>
{
    [Fact]
    public async Task EachIssueCarriesTheDraftersAnswerInTheApiAndTheCaseFile()
    {
        var drafter = await app.ClientAsAsync("lb-drafter");
        var reviewer = await app.ClientAsAsync("lb-reviewer");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "采纳反馈展示协议", ReviewEngineApp.AgreementMaterials, counterparty: "某某科技有限公司");
        async Task Act(HttpClient client, object body)
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        await Act(await app.ClientAsAsync("lb-registrar"), new { actionId = "accept" });
        await Act(reviewer, new { actionId = "requestLawyerOpinion" });
        await Act(await app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = "同意审查意见" });
        await Act(reviewer, new
        {
            actionId = "draftOpinion",
            conclusion = "修改后签订",
            comment = "修改两处",
            issues = new object[]
            {
                new { no = 1, clause = "第十二条", finding = "约定仲裁", legalBasis = "行政协议规定第二十六条", requiredChange = "删除仲裁条款" },
                new { no = 2, clause = "第九条", finding = "违约金过高", legalBasis = "民法典第五百八十五条", requiredChange = "降至合理比例" },
            },
        });
        await Act(await app.ClientAsAsync("lb-lead"), new { actionId = "approveOpinion" });
        await Act(drafter, new
        {
            actionId = "submitRevision",
            documentName = "修改稿.txt",
            documentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("修改稿：已删除仲裁条款")),
            materialId = "contractText",
            adoptions = new object[]
            {
                new { issueNo = 1, decision = "adopted" },
                new { issueNo = 2, decision = "notAdopted", reason = "违约金已按区政府批复标准确定" },
            },
        });

        var issues = (await ReviewEngineApp.GetCaseAsync(reviewer, id)).GetProperty("opinion").GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(("adopted", "采纳"), (issues[0].GetProperty("adoption").GetString(), issues[0].GetProperty("adoptionLabel").GetString()));
        Assert.Equal("notAdopted", issues[1].GetProperty("adoption").GetString());
        Assert.Equal("违约金已按区政府批复标准确定", issues[1].GetProperty("adoptionReason").GetString());

        var zip = await reviewer.GetByteArrayAsync(Cases.CaseFileEndpoint.PathFor(id));
        using var archive = new ZipArchive(new MemoryStream(zip));
        var cover = archive.Entries.Single(e => e.Name.EndsWith(".docx", StringComparison.Ordinal) && e.Name.Contains("目录"));
        using var stream = new MemoryStream();
        using (var entry = cover.Open())
        {
            await entry.CopyToAsync(stream);
        }

        using var doc = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("审查意见采纳情况", text);
        Assert.Contains("不采纳：违约金已按区政府批复标准确定", text);
    }
}
