using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Cli.Demo;

/// <summary>`review demo`: a normative document (through 集体审议, 公布 and 备案), an investment-attraction agreement
/// (through 签订, once refused for a changed text) and a major enforcement decision (法制审核 by a reviewer who did not
/// investigate it) through every step.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var command = new Command("demo", "用示例用户走完一件规范性文件、一件招商引资协议和一件重大行政执法决定的全部审查环节（含补正与延期）") { db };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var clock = new SteppingClock(new DateTimeOffset(2026, 9, 17, 1, 0, 0, TimeSpan.Zero));
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null, clock);
            var demo = new DemoRunner(services, clock, output);
            await demo.SeedAsync();

            output.WriteLine("一、行政规范性文件《罗埠镇农村生活垃圾分类管理办法》");
            await NormativeDocumentAsync(demo);
            output.WriteLine("二、行政协议《罗埠镇招商引资项目投资协议》");
            await InvestmentAgreementAsync(demo);
            output.WriteLine("三、重大行政执法决定《对某建材有限公司违法堆放建筑垃圾的行政处罚决定》");
            await MajorEnforcementAsync(demo);

            await using var scope = services.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync(ct);
            var broken = results.Where(r => !r.Result.IsValid).ToList();
            output.WriteLine(broken.Count == 0
                ? $"审计链校验：{results.Count} 件案件、{results.Sum(r => r.Result.EventCount)} 条记录，全部通过"
                : $"审计链校验失败：{broken[0].CaseNumber} 第 {broken[0].Result.BrokenSequence} 条：{broken[0].Result.Reason}");
            return broken.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    private static async Task NormativeDocumentAsync(DemoRunner demo)
    {
        var id = await demo.SubmitAsync("lb-drafter", MatterKind.NormativeDocument, "罗埠镇农村生活垃圾分类管理办法", null,
            ("draft", "第一条 为推进农村生活垃圾分类……"), ("draftingNote", "起草说明"), ("legalBasis", "固体废物污染环境防治法"));
        await demo.ActAsync(id, "lb-registrar", Roles.Registrar, Tagged(ActionTag.SupplementRequested), new ActionRequest("", Comment: "缺少公开征求意见及采纳情况"));
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Tagged(ActionTag.SupplementSubmitted), new ActionRequest(""), "征求意见 2026-08-01 至 2026-08-31，采纳 3 条", "publicComment");
        await demo.ActAsync(id, "lb-registrar", Roles.Registrar, Tagged(ActionTag.Accept), new ActionRequest(""));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.ExtensionRequested), new ActionRequest("", Comment: "涉及收费条款，需进一步核实上位法依据"));
        await demo.ActAsync(id, "lb-lead", Roles.ReviewLead, Tagged(ActionTag.ExtensionApproved), new ActionRequest(""));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.LawyerOpinionRequested), new ActionRequest(""));
        await demo.ActAsync(id, "lb-lawyer", Roles.Lawyer, Tagged(ActionTag.LawyerOpinion), new ActionRequest("", Comment: "第五条收费、第七条罚款缺乏依据，建议删除"));
        var issues = new[]
        {
            new OpinionIssue(1, "第五条", "镇政府自行设定生活垃圾处理费", "固体废物污染环境防治法第五十八条", "删除第五条", "N-CONT-04"),
            new OpinionIssue(2, "第七条", "规范性文件设定罚款", "行政处罚法第十六条", "删除罚款内容", "N-CONT-02"),
        };
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Records(ActionRecord.Opinion), new ActionRequest("", Comment: "删除收费和罚款条款后可以出台", Conclusion: Conclusions.LawfulAfterRevision, Issues: issues));
        await demo.ActAsync(id, "lb-lead", Roles.ReviewLead, Records(ActionRecord.OpinionApproval), new ActionRequest(""));
        var adoptions = new[] { new IssueAdoption(1, AdoptionDecision.Adopted, null), new IssueAdoption(2, AdoptionDecision.Adopted, null) };
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Tagged(ActionTag.RevisionSubmitted), new ActionRequest("", Adoptions: adoptions), "修改稿：已删除第五条、第七条", "draft");
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.RevisionConfirmed), new ActionRequest(""));
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Records(ActionRecord.Deliberation), Recording(("meetingOn", demo.NextDay), ("meetingName", "镇长办公会议"), ("outcome", "通过")));
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Records(ActionRecord.Publication), Recording(("publishedOn", demo.NextDay), ("documentNumber", "罗政发〔2026〕12号"),
            ("channel", "婺城区人民政府网站")));
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Records(ActionRecord.Filing), Recording(("filedOn", demo.NextDay), ("filedWith", "婺城区人民政府（区司法局）")));
    }

    private static async Task InvestmentAgreementAsync(DemoRunner demo)
    {
        var id = await demo.SubmitAsync("lb-drafter", MatterKind.AdministrativeAgreement, "罗埠镇招商引资项目投资协议", 120_000_000m,
            ("contractText", "甲方：罗埠镇人民政府 乙方：某新材料有限公司……"), ("draftingNote", "谈判说明"),
            ("counterpartyInfo", "营业执照、信用报告"), ("legalBasis", "区政府招商引资政策文件"));
        await demo.ActAsync(id, "lb-registrar", Roles.Registrar, Tagged(ActionTag.Accept), new ActionRequest(""));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.ComplexityMarked), new ActionRequest("", Comment: "涉及土地出让与财政奖励，情况复杂"));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.LawyerOpinionRequested), new ActionRequest(""));
        await demo.ActAsync(id, "lb-lawyer", Roles.Lawyer, Tagged(ActionTag.LawyerOpinion), new ActionRequest("", Comment: "第八条仲裁条款无效，应改为行政诉讼"));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.ExpertConsultationRequested), new ActionRequest("", Comment: "请就奖励条款论证", Assignees: ["expert-1", "expert-2", "expert-4"]));
        await demo.ActAsync(id, "expert-1", Roles.Expert, Tagged(ActionTag.ExpertOpinion), new ActionRequest("", Comment: "同意修改后签订"));
        await demo.ActAsync(id, "expert-2", Roles.Expert, Tagged(ActionTag.ExpertOpinion), new ActionRequest("", Comment: "同意修改后签订"));
        await demo.ActAsync(id, "expert-4", Roles.Expert, Tagged(ActionTag.ExpertOpinion), new ActionRequest("", Comment: "不同意：奖励与税收挂钩"));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.DistrictReferral), new ActionRequest("", Comment: "请区中心就奖励条款给予指导"));
        await demo.ActAsync(id, "wc-district", Roles.DistrictReviewer, Tagged(ActionTag.DistrictGuidance), new ActionRequest("", Comment: "奖励不得与税收挂钩，改为按固定资产投资额"));
        var issues = new[]
        {
            new OpinionIssue(1, "第八条", "行政协议约定仲裁", "行政协议规定第二十六条", "改为向人民法院提起行政诉讼", "C-DISP-01"),
            new OpinionIssue(2, "第五条", "按乙方缴纳税收给予奖励，奖励与税收挂钩，属于变相税收返还", "税收征收管理法第三条；公平竞争审查条例第十条", "删除与税收挂钩的奖励，改为按固定资产投资额给予普惠性支持", "C-FIN-01"),
        };
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Records(ActionRecord.Opinion), new ActionRequest("", Comment: "修改争议解决条款和奖励条款后可签订", Conclusion: Conclusions.SignAfterRevision, Issues: issues));
        await demo.ActAsync(id, "lb-lead", Roles.ReviewLead, Records(ActionRecord.OpinionApproval), new ActionRequest(""));
        IssueAdoption[] adopted = [new(1, AdoptionDecision.Adopted, null), new(2, AdoptionDecision.Adopted, null)];
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Tagged(ActionTag.RevisionSubmitted), new ActionRequest("", Adoptions: adopted), "修改稿：第八条改为行政诉讼，第五条奖励改为按固定资产投资额", "contractText");
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.RevisionConfirmed), new ActionRequest(""));

        // 签订: a text changed after review is refused (未经合法性审查的文本不得签订); the reviewed text, retyped, is signed.
        var signing = ("signatories", "甲方：罗埠镇人民政府（镇长）；乙方：某新材料有限公司（法定代表人）");
        await demo.RefusedAsync(id, "lb-drafter", Roles.Drafter, Records(ActionRecord.Signing), Recording(("signedOn", demo.NextDay), signing), "修改稿：第八条改为仲裁", "contractText");
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Records(ActionRecord.Signing), Recording(("signedOn", demo.NextDay), signing), "修改稿： 第八条改为行政诉讼，\n第五条奖励改为按固定资产投资额\n", "contractText");
    }

    // 法制审核 (行政处罚法第五十八条): the enforcement unit submits the case file and names its investigators, who may not
    // review it (内部分离); the reviewer asks for the discretion standard, the unit revises, the reviewer confirms.
    private static async Task MajorEnforcementAsync(DemoRunner demo)
    {
        var investigators = new Dictionary<string, string> { [CasePeople.Investigators] = "王执法、李执法" };
        var id = await demo.SubmitAsync("lb-drafter", MatterKind.MajorEnforcement, "对某建材有限公司违法堆放建筑垃圾的行政处罚决定", "综合行政执法队", 50_000m, investigators,
            ("decisionDraft", "罗埠镇人民政府行政处罚决定书（草稿）：决定对当事人处以罚款人民币五万元"), ("caseFacts", "调查终结报告：当事人在某村擅自堆放建筑垃圾约3000平方米"),
            ("evidence", "现场检查笔录、询问笔录、现场照片、测量记录"), ("procedure", "立案审批表、行政处罚事先告知书及送达回证、听证告知"),
            ("legalBasis", "城市市容和环境卫生管理条例第十六条、第三十六条"), ("discretion", "（未附）"));
        await demo.ActAsync(id, "lb-registrar", Roles.Registrar, Tagged(ActionTag.Accept), new ActionRequest(""));
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.LawyerOpinionRequested), new ActionRequest(""));
        await demo.ActAsync(id, "lb-lawyer", Roles.Lawyer, Tagged(ActionTag.LawyerOpinion), new ActionRequest("", Comment: "事实清楚、证据确凿、程序合法；罚款数额未说明适用的裁量基准档次"));
        var issues = new[]
        {
            new OpinionIssue(1, "处罚决定", "罚款五万元未说明适用的裁量基准及情节", "行政处罚法第三十四条", "写明适用的裁量基准档次及从轻、从重情节", "E-DISC-01"),
        };
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Records(ActionRecord.Opinion), new ActionRequest("", Comment: "补充裁量基准适用说明后可以作出决定", Conclusion: Conclusions.SuggestRevision, Issues: issues));
        await demo.ActAsync(id, "lb-lead", Roles.ReviewLead, Records(ActionRecord.OpinionApproval), new ActionRequest(""));
        await demo.ActAsync(id, "lb-drafter", Roles.Drafter, Tagged(ActionTag.RevisionSubmitted), new ActionRequest("", Adoptions: [new IssueAdoption(1, AdoptionDecision.Adopted, null)]),
            "决定书修改稿：参照《婺城区城市管理行政处罚裁量基准》第三档，处罚款人民币五万元", "decisionDraft");
        await demo.ActAsync(id, "lb-reviewer", Roles.Reviewer, Tagged(ActionTag.RevisionConfirmed), new ActionRequest(""));
    }

    // The demo names what each step means (tags, records); the runner finds the action in the case's current state.
    private static Func<ActionDefinition, bool> Tagged(ActionTag tag) => a => a.Tags.Contains(tag);

    private static Func<ActionDefinition, bool> Records(ActionRecord records) => a => a.Records == records;

    private static ActionRequest Recording(params (string Key, string Value)[] fields) =>
        new("") { Record = fields.ToDictionary(f => f.Key, f => f.Value) };
}
