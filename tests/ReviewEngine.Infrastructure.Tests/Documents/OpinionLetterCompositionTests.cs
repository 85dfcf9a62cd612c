using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Issue 16 item 1 end to end: an agreement with a lawyer's opinion, the district centre's guidance and an
/// expert's dissent, approved; the issued letter as a lawyer would read it.</summary>
public sealed class OpinionLetterCompositionTests
{
    [Fact]
    public async Task TheIssuedLetterCarriesEveryOpinionAndAnswersTheDissent()
    {
        await using var db = await TestDatabase.CreateAsync();
        var id = (await ContractCaseFlowTests.GenerateAndSubmitAsync(db)).Case.Id;
        await DriveWithGuidanceAsync(db, id);

        var text = await IssuedTextAsync(db, id);

        Assert.Single(Regex.Matches(text, "罗埠镇人民政府经济发展办公室："));
        Assert.Contains("罗埠审〔2026〕1号", text);
        Assert.Contains("罗埠镇人民政府（合法性审查专用章）", text);
        Assert.DoesNotContain("婺合审", text);
        Assert.Contains("案件编号：罗埠审受〔2026〕1号", text);
        Assert.DoesNotContain("luobu-", text);
        Assert.Contains("送审材料：合同（协议）文本、谈判/起草说明、对方主体资格资料、依据与批准文件", text);
        Assert.DoesNotContain(".txt", text);
        Assert.DoesNotContain(".docx", text);
        Assert.Contains("1．《中华人民共和国税收征收管理法》第三条\n2．《公平竞争审查条例》第十条\n3．《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", text);
        Assert.DoesNotMatch(@"[A-Z]-[A-Z]+-\d\d", text);
        Assert.Contains("陈律师：争议解决条款应为行政诉讼。", text);
        Assert.Contains("钱督导：奖励不得与税收挂钩，改为按固定资产投资额。", text);
        Assert.Contains("多数意见为“修改后同意”（2位），1位持不同意见", text);
        Assert.DoesNotContain("「", text);
        Assert.Contains("蒋专家（金华职业技术大学）（不同意见）：不同意。奖励与税收挂钩。", text);
        Assert.Contains("对蒋专家（金华职业技术大学）提出的“不同意”意见：区合法性审查中心指导意见已就该问题提出处理意见", text);
        Assert.Contains("审查结论：修改后签订。", text);
        AssertInOrder(text, "一、送审事项", "二、审查依据", "三、审查意见", "四、公职律师/法律顾问意见", "五、区合法性审查中心指导意见", "六、专家论证意见", "七、审查结论");
    }

    /// <summary>Issue 16 item 2: the lead approves the letter they previewed, byte for byte; a letter that changed after
    /// the preview (here: the next day's date) is not issued, and the approval is refused with a Chinese message.</summary>
    [Fact]
    public async Task ApprovalIssuesThePreviewedLetterAndRefusesOneThatChanged()
    {
        await using var db = await TestDatabase.CreateAsync();
        var id = (await ContractCaseFlowTests.GenerateAndSubmitAsync(db)).Case.Id;
        await DriveWithGuidanceAsync(db, id, approve: false);
        var lead = await db.ActorAsync("lb-lead", Roles.ReviewLead);
        var stale = await db.RunAsync(sp => sp.GetRequiredService<PreviewOpinionLetterHandler>().HandleAsync(id, lead));
        db.Clock.Advance(TimeSpan.FromDays(1));

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            db.ActAsync(id, "lb-lead", Roles.ReviewLead, new ActionRequest("approveOpinion") { PreviewSha256 = stale.Sha256 }));
        Assert.Equal(OpinionLetterIssuer.ChangedSincePreview, refused.Message);
        Assert.False(await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().CaseDocuments.AnyAsync(d => d.CaseId == id && d.Purpose == OpinionLetterOptions.DocumentPurpose)));

        var preview = await db.RunAsync(sp => sp.GetRequiredService<PreviewOpinionLetterHandler>().HandleAsync(id, lead));
        Assert.NotEqual(stale.Sha256, preview.Sha256);
        await db.ActAsync(id, "lb-lead", Roles.ReviewLead, new ActionRequest("approveOpinion") { PreviewSha256 = preview.Sha256 });

        var issued = await db.RunAsync(sp => sp.GetRequiredService<RenderOpinionLetterHandler>().HandleAsync(id));
        Assert.Equal(preview.Sha256, issued.Sha256);
        Assert.Equal(preview.Bytes, issued.Bytes);
    }

    [Fact]
    public void ADistrictWideNumberFormatStillTakesTheSealOfTheConfiguredBody()
    {
        var options = new OpinionLetterOptions();
        options.Organisations["luobu"] = new IssuingBodySettings { SealName = "罗埠镇合法性审查办公室", ShortName = "罗镇" };

        var body = options.For("luobu", "罗埠镇人民政府");

        Assert.Equal("罗埠镇合法性审查办公室", body.SealName);
        Assert.Equal("罗镇审〔2026〕7号", body.LetterNumber(2026, 7));
        Assert.Equal("城北审〔2026〕1号", options.For("chengbei", "城北街道办事处").LetterNumber(2026, 1));
    }

    private static async Task DriveWithGuidanceAsync(TestDatabase db, Guid id, bool approve = true)
    {
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("markComplex", Comment: "涉及财政奖励"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", Roles.Lawyer, new ActionRequest("submitLawyerOpinion", Comment: "争议解决条款应为行政诉讼"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestExpertConsultation", Comment: "请论证", Assignees: ["expert-1", "expert-2", "expert-4"]));
        await db.ActAsync(id, "expert-1", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "同意修改后签订"));
        await db.ActAsync(id, "expert-2", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "同意修改后签订"));
        await db.ActAsync(id, "expert-4", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "不同意：奖励与税收挂钩"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("referToDistrict", Comment: "请区中心就奖励条款给予指导"));
        await db.ActAsync(id, "wc-district", Roles.DistrictReviewer, new ActionRequest("giveGuidance", Comment: "奖励不得与税收挂钩，改为按固定资产投资额"));
        OpinionIssue[] issues =
        [
            new(1, "第十三条", "C-DISP-01 行政协议约定仲裁", "行政协议规定第二十六条", "改为向人民法院提起行政诉讼", "C-DISP-01"),
            new(2, "第五条", "按纳税额给予奖励", "税收征管法第三条；《公平竞争审查条例》第十条；行政协议规定第二十六条", "删除该项奖励", "C-FIN-01"),
        ];
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("draftOpinion", Comment: "修改后可签订", Conclusion: Conclusions.SignAfterRevision, Issues: issues));
        if (approve)
        {
            await db.ActAsync(id, "lb-lead", Roles.ReviewLead, new ActionRequest("approveOpinion"));
        }
    }

    private static async Task<string> IssuedTextAsync(TestDatabase db, Guid id)
    {
        var bytes = await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            var doc = await ctx.CaseDocuments.SingleAsync(d => d.CaseId == id && d.Purpose == OpinionLetterOptions.DocumentPurpose);
            return (await ctx.DocumentContents.SingleAsync(c => c.Sha256 == doc.Sha256)).Bytes;
        });
        return DocxTextExtractor.Extract(new MemoryStream(bytes));
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"“{part}” is missing or out of order");
            at = next;
        }
    }
}
