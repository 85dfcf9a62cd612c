using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// The demo district with cases in several states, opened and moved through the API: a normative document waiting
/// for registration (with pre-review findings), an agreement sent back for 补正, an agreement whose opinion was issued
/// and answered issue by issue (复核), a withdrawn document, a document before an expert panel (one answer in), and a
/// case of the other township.
/// </summary>
public sealed class SeededDistrict : IAsyncLifetime
{
    public ReviewEngineApp App { get; } = new();

    internal IdVocabulary Vocabulary { get; private set; } = null!;

    public List<Guid> LuobuCases { get; } = [];

    public Guid ChengbeiCase { get; private set; }

    /// <summary>The panel expert-1 answered (its page is /Consultations/{id}).</summary>
    public string ConsultationId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Vocabulary = new IdVocabulary(App);
        await HookLuobuAsync();
        var drafter = await App.ClientAsAsync("lb-drafter");
        var registrar = await App.ClientAsAsync("lb-registrar");

        LuobuCases.Add(await SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇农村生活垃圾分类管理办法", ("draft", "第一条 为推进农村生活垃圾分类，制定本办法。\n第五条 按每人每月2元收取垃圾处理费，逾期不缴的处以罚款。"),
            ("draftingNote", "起草说明"), ("legalBasis", "固体废物污染环境防治法"), ("publicComment", "征求意见30日")));

        var supplement = await SubmitAsync(drafter, "ADMIN_AGREEMENT", "罗埠镇厂房租赁协议", ("contractText", "甲方：罗埠镇人民政府 乙方：某公司"), ("draftingNote", "谈判说明"), ("legalBasis", "政策文件"));
        await ActAsync(registrar, supplement, new { actionId = "requestSupplement", comment = "请补正以下材料：对方主体资格资料" });
        LuobuCases.Add(supplement);

        LuobuCases.Add(await AnsweredOpinionAsync(drafter, registrar));

        var withdrawn = await SubmitAsync(drafter, "NORMATIVE_DOC", "撤回的罗埠镇管理办法", ("draft", "第一条 正文"));
        await ActAsync(drafter, withdrawn, new { actionId = "withdraw", comment = "另行起草" });
        LuobuCases.Add(withdrawn);

        LuobuCases.Add(await ExpertPanelAsync(drafter, registrar));

        ChengbeiCase = await SubmitAsync(await App.ClientAsAsync("cb-drafter"), "MAJOR_DECISION", "城北街道老旧小区改造决策", ("decisionDraft", "改造方案"));
    }

    /// <summary>罗埠镇's notices go out through a webhook too, so the admin page has deliveries to list.</summary>
    private async Task HookLuobuAsync()
    {
        var admin = await PageTestClient.LoginAsync(App, "wc-admin");
        var page = await admin.GetDocumentAsync("/Admin/Webhooks");
        var saved = await admin.PostFormAsync("/Admin/Webhooks?handler=Save", page, new() { ["organisationId"] = "luobu", ["url"] = "https://hooks.example.invalid/review", ["enabled"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<Guid> ExpertPanelAsync(HttpClient drafter, HttpClient registrar)
    {
        var id = await SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇村庄规划管理办法", ("draft", "第一条 为加强村庄规划管理，制定本办法。"),
            ("draftingNote", "起草说明"), ("legalBasis", "城乡规划法"), ("publicComment", "征求意见30日"));
        var reviewer = await App.ClientAsAsync("lb-reviewer");
        await ActAsync(registrar, id, new { actionId = "accept" });
        await ActAsync(reviewer, id, new { actionId = "markComplex", comment = "涉及规划许可" });
        await ActAsync(reviewer, id, new { actionId = "requestExpertConsultation", comment = "论证", assignees = new[] { "expert-1", "expert-3", "expert-5" } });
        await ActAsync(await App.ClientAsAsync("expert-1"), id, new { actionId = "giveExpertOpinion", comment = "修改后同意：第三条需明确审批机关", verdict = "agreeWithChanges" });
        var page = await (await PageTestClient.LoginAsync(App, "lb-reviewer")).GetDocumentAsync($"/Cases/Details/{id}");
        ConsultationId = page.QuerySelector("#consultations article")!.Id!["consultation-".Length..];
        return id;
    }

    private async Task<Guid> AnsweredOpinionAsync(HttpClient drafter, HttpClient registrar)
    {
        var id = await SubmitAsync(drafter, "ADMIN_AGREEMENT", "罗埠镇招商引资项目投资协议", ("contractText", "甲方：罗埠镇人民政府 乙方：某新材料有限公司"),
            ("draftingNote", "谈判说明"), ("counterpartyInfo", "营业执照"), ("legalBasis", "区政府招商引资政策"));
        var reviewer = await App.ClientAsAsync("lb-reviewer");
        await ActAsync(registrar, id, new { actionId = "accept" });
        await ActAsync(reviewer, id, new { actionId = "requestLawyerOpinion" });
        await ActAsync(await App.ClientAsAsync("lb-lawyer"), id, new { actionId = "submitLawyerOpinion", comment = "同意审查意见" });
        await ActAsync(reviewer, id, new
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
        await ActAsync(await App.ClientAsAsync("lb-lead"), id, new { actionId = "approveOpinion" });
        await ActAsync(drafter, id, new
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
        return id;
    }

    /// <summary>Chinese file names: a file called draft.txt would be the drafter's word, not a leak.</summary>
    private static async Task<Guid> SubmitAsync(HttpClient drafter, string kind, string title, params (string Material, string Text)[] files)
    {
        var documents = files.Select(f => new { fileName = "材料.txt", base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(f.Text)), materialId = f.Material });
        var response = await drafter.PostAsJsonAsync("/api/cases", new { kind, title, documents });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ActAsync(HttpClient client, Guid id, object body)
    {
        var response = await ReviewEngineApp.ActAsync(client, id, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
