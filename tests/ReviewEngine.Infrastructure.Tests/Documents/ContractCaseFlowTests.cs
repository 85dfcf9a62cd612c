using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Generate and submit a contract, drive the case through the administrative-agreement workflow, and find
/// the 审查意见书 stored with the approval, in the same transaction, under its SHA-256.</summary>
public sealed class ContractCaseFlowTests
{
    [Fact]
    public async Task GeneratedContractOpensACaseAndApprovalIssuesTheOpinionLetter()
    {
        await using var db = await TestDatabase.CreateAsync();
        var generated = await GenerateAndSubmitAsync(db);
        var id = generated.Case.Id;
        Assert.Equal(MatterKind.AdministrativeAgreement, generated.Case.Kind);
        Assert.Equal("administrative-agreement", generated.Case.WorkflowId);
        Assert.Equal("金华××智能装备有限公司", generated.Case.Metadata["counterparty"]);
        Assert.Equal("investment-attraction", generated.Case.Metadata["templateId"]);
        Assert.Equal(200_000_000m, generated.Case.Amount);

        var diff = await db.RunAsync(sp => sp.GetRequiredService<GetClauseDifferencesHandler>().HandleAsync(id));
        Assert.NotNull(diff);
        var changed = Assert.Single(diff.Clauses, c => c.Kind != ClauseDifferenceKind.Unchanged);
        Assert.Equal(("policy", ClauseDifferenceKind.Missing, false), (changed.ClauseId, changed.Kind, changed.Locked));

        await DriveToApprovalAsync(db, id);

        var (letter, bytes, approval) = await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            var doc = await ctx.CaseDocuments.SingleAsync(d => d.CaseId == id && d.Purpose == OpinionLetterOptions.DocumentPurpose);
            var content = await ctx.DocumentContents.SingleAsync(c => c.Sha256 == doc.Sha256);
            var evt = await ctx.AuditEvents.SingleAsync(e => e.CaseId == id && e.Action == "approveOpinion");
            return (doc, content.Bytes, evt);
        });
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), letter.Sha256);
        Assert.Equal(letter.Sha256, approval.DocumentSha256);
        Assert.Equal(approval.OccurredAtUtc, letter.UploadedAtUtc);

        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => e.Description));
        }

        var text = DocxTextExtractor.Extract(new MemoryStream(bytes));
        Assert.Contains("罗埠审〔2026〕1号", text);
        Assert.Contains("招商引资合同（年产50万套智能装备制造项目）", text);
        Assert.Contains("罗埠镇人民政府经济发展办公室", text);
        Assert.Contains("行政协议约定仲裁", text);
        Assert.Contains("审查结论：修改后签订。", text);
        Assert.Contains("本事项组织了专家论证，3位专家提交书面意见，多数意见为“修改后同意”（2位），1位持不同意见。", text);
        Assert.Contains("蒋专家（金华职业技术大学）（不同意见）：不同意。奖励与税收挂钩。", text);
        Assert.Contains("对蒋专家（金华职业技术大学）提出的“不同意”意见，经审查未予采纳，理由是：修改争议解决条款后可签订。", text);
        Assert.Contains("四、公职律师/法律顾问意见", text);
        Assert.DoesNotContain("区合法性审查中心指导意见", text);
        Assert.Contains("受理日期：2026年3月2日", text);

        var rendered = await db.RunAsync(sp => sp.GetRequiredService<RenderOpinionLetterHandler>().HandleAsync(id));
        Assert.Equal(letter.Sha256, rendered.Sha256);
    }

    [Fact]
    public async Task AGeneratedInvestmentContractCarriesItsSubtypeAndCannotBeAcceptedWithoutTheFairCompetitionReview()
    {
        await using var db = await TestDatabase.CreateAsync();
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var template = new Infrastructure.Documents.Generation.FileTemplateCatalog().Find("investment-attraction")!;
        string[] materials = ["draftingNote", "counterpartyInfo", "legalBasis"];
        var others = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m)).ToArray();
        var generated = await db.RunAsync(sp => sp.GetRequiredService<GenerateAndSubmitContractHandler>().HandleAsync(
            new GenerateAndSubmitContractCommand(drafter, template, ContractExamples.For(template), [], "经济发展办公室", others)));

        Assert.Equal("招商引资", generated.Case.Metadata["subtype"]);
        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => db.ActAsync(generated.Case.Id, "lb-registrar", Roles.Registrar, new ActionRequest("accept")));
        Assert.Contains("公平竞争审查表", refused.Message);
        Assert.Contains("第十八条", refused.Message);
    }

    internal static async Task<GeneratedContractCase> GenerateAndSubmitAsync(TestDatabase db)
    {
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var template = new Infrastructure.Documents.Generation.FileTemplateCatalog().Find("investment-attraction")!;
        string[] materials = ["draftingNote", "counterpartyInfo", "legalBasis", "fairCompetition"];
        var others = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m)).ToArray();
        return await db.RunAsync(sp => sp.GetRequiredService<GenerateAndSubmitContractHandler>().HandleAsync(
            new GenerateAndSubmitContractCommand(drafter, template, ContractExamples.For(template), ["policy"], "经济发展办公室", others)));
    }

    internal static async Task DriveToApprovalAsync(TestDatabase db, Guid id)
    {
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("markComplex", Comment: "涉及土地出让"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", Roles.Lawyer, new ActionRequest("submitLawyerOpinion", Comment: "争议解决条款应为行政诉讼"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestExpertConsultation", Comment: "请论证", Assignees: ["expert-1", "expert-2", "expert-4"]));
        await db.ActAsync(id, "expert-1", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "同意修改后签订"));
        await db.ActAsync(id, "expert-2", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "同意修改后签订"));
        await db.ActAsync(id, "expert-4", Roles.Expert, new ActionRequest("giveExpertOpinion", Comment: "不同意：奖励与税收挂钩"));
        OpinionIssue[] issues = [new(1, "第十三条", "行政协议约定仲裁", "《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", "改为向人民法院提起行政诉讼", "C-DISP-01")];
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("draftOpinion", Comment: "修改争议解决条款后可签订", Conclusion: Conclusions.SignAfterRevision, Issues: issues));
        await db.ActAsync(id, "lb-lead", Roles.ReviewLead, new ActionRequest("approveOpinion"));
    }
}
