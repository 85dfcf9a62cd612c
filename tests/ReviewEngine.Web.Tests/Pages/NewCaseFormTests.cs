using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Workflows;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// Issue 17 item 3: the new-case form lists the chosen kind's materials under the registrar's names, marks the required
/// ones (and the conditional ones with their condition), and refuses a submission that lacks one, keeping what was typed.
/// These are the no-script paths; the kind switch in the browser is in Browser/NewCaseFormBrowserTests.
/// </summary>
public sealed class NewCaseFormTests(ReviewEngineApp app) : IClassFixture<ReviewEngineApp>
{
    private static readonly HtmlParser Parser = new();

    private IReadOnlyList<Domain.Workflows.MaterialRequirement> MaterialsOf(string kind) =>
        app.Services.GetRequiredService<IWorkflowCatalog>().ForKind(kind).Definition.Materials;

    private static IReadOnlyList<string> Listed(IHtmlDocument page) =>
        page.QuerySelectorAll("#material-list li.material").Select(li => li.GetAttribute("data-material")!).ToList();

    private long CaseCount(string title)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ReviewCases WHERE Title = $title";
        command.Parameters.AddWithValue("$title", title);
        return (long)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData("NORMATIVE_DOC")]
    [InlineData("MAJOR_DECISION")]
    [InlineData("MAJOR_ENFORCEMENT")]
    [InlineData("ADMIN_AGREEMENT")]
    [InlineData("AGENCY_CIVIL_CONTRACT")]
    public async Task TheFormListsOnlyTheChosenKindsMaterialsUnderTheWorkflowsNames(string kind)
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");

        var page = await drafter.GetDocumentAsync($"/Cases/New?kind={kind}");

        var materials = MaterialsOf(kind);
        Assert.Equal(kind, page.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
        Assert.Equal(materials.Select(m => m.Id), Listed(page));
        foreach (var m in materials)
        {
            var label = page.QuerySelector($"label[for='file-{m.Id}']")!.TextContent;
            Assert.Contains(m.Label, label);
            Assert.Contains(m.Required ? "必备" : m.RequiredWhen is null ? "选交" : "条件必备", label);
        }
    }

    [Fact]
    public async Task AConditionalMaterialShowsItsConditionInChinese()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");

        var page = await drafter.GetDocumentAsync("/Cases/New?kind=ADMIN_AGREEMENT");

        var item = page.QuerySelector("#material-list li[data-material=fairCompetition]")!;
        Assert.Contains("条件必备", item.TextContent);
        Assert.Contains("招商引资、特许经营类事项必备", item.TextContent);
        Assert.Contains("《公平竞争审查条例》第十八条", item.TextContent);
        Assert.Equal("subtype", item.GetAttribute("data-when-field"));
    }

    [Fact]
    public async Task AMissingRequiredMaterialRedisplaysTheFormNamingItAndKeepsWhatWasTyped()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New?kind=ADMIN_AGREEMENT");
        const string title = "缺材料的厂房租赁协议";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, Fields("ADMIN_AGREEMENT", title),
            ("file-contractText", "协议.txt", "甲方：罗埠镇人民政府"u8.ToArray()), ("file-draftingNote", "说明.txt", "谈判说明"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("缺少必备材料「对方主体资格资料」", summary);
        Assert.Contains("缺少必备材料「依据与批准文件」", summary);
        Assert.DoesNotContain("合同（协议）文本", summary);
        Assert.Contains("缺少必备材料「对方主体资格资料」", page.QuerySelector("#file-counterpartyInfo-error")!.TextContent);
        Assert.Equal(title, page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("某新材料有限公司", page.QuerySelector("#counterparty")!.GetAttribute("value"));
        Assert.Equal("ADMIN_AGREEMENT", page.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#choose-again"));
        Assert.Equal(0, CaseCount(title));
    }

    [Fact]
    public async Task TheFairCompetitionFormIsRequiredOnceTheSubtypeCallsForIt()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New?kind=ADMIN_AGREEMENT");
        var fields = Fields("ADMIN_AGREEMENT", "招商引资协议缺公平竞争审查表");
        fields["Subtype"] = "招商引资";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, fields, AgreementFiles);

        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("缺少材料「公平竞争审查表」：招商引资、特许经营类事项必备", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("required", page.QuerySelector("#material-list li[data-material=fairCompetition]")!.ClassList);
        Assert.Equal(0, CaseCount("招商引资协议缺公平竞争审查表"));
    }

    [Fact]
    public async Task WithEveryRequiredMaterialTheCaseIsOpenedAndPastedTextStandsInForTheMainText()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New?kind=ADMIN_AGREEMENT");
        var fields = Fields("ADMIN_AGREEMENT", "材料齐全的厂房租赁协议");
        fields["PastedText"] = "甲方：罗埠镇人民政府 乙方：某新材料有限公司";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, fields, AgreementFiles[1..]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, CaseCount("材料齐全的厂房租赁协议"));
    }

    [Fact]
    public async Task WithoutScriptTheKindButtonShowsTheChosenKindsMaterialsAndKeepsWhatWasTyped()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        Assert.Equal("/Cases/New?handler=Kind", form.QuerySelector("#refresh-materials")!.GetAttribute("formaction"));
        var fields = Fields("MAJOR_ENFORCEMENT", "关于某公司违法建设的拟处罚决定");
        fields["Investigators"] = "王调查";

        var response = await drafter.PostMultipartAsync("/Cases/New?handler=Kind", form, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(MaterialsOf("MAJOR_ENFORCEMENT").Select(m => m.Id), Listed(page));
        Assert.DoesNotContain(page.QuerySelectorAll(".field-error"), e => e.TextContent.Length > 0);
        Assert.Equal("关于某公司违法建设的拟处罚决定", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("王调查", page.QuerySelector("#investigators")!.GetAttribute("value"));
        Assert.Equal(0, CaseCount("关于某公司违法建设的拟处罚决定"));
    }

    [Fact]
    public async Task AnUnknownKindInTheAddressFallsBackToTheDefault()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");

        var page = await drafter.GetDocumentAsync("/Cases/New?kind=NOPE");

        Assert.Equal(MaterialsOf("NORMATIVE_DOC").Select(m => m.Id), Listed(page));
        Assert.Null(page.QuerySelector(".validation-summary-errors"));
    }

    [Fact]
    public async Task AFreshFormShowsNoMessage()
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");

        var page = await drafter.GetDocumentAsync("/Cases/New");

        Assert.Null(page.QuerySelector(".validation-summary-errors"));
        Assert.DoesNotContain("required", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly (string Name, string FileName, byte[] Bytes)[] AgreementFiles =
    [
        ("file-contractText", "协议.txt", "甲方：罗埠镇人民政府"u8.ToArray()), ("file-draftingNote", "说明.txt", "谈判说明"u8.ToArray()),
        ("file-counterpartyInfo", "资料.txt", "营业执照"u8.ToArray()), ("file-legalBasis", "依据.txt", "区政府批复"u8.ToArray()),
    ];

    private static Dictionary<string, string> Fields(string kind, string title) => new()
    {
        ["Kind"] = kind,
        ["Title"] = title,
        ["DraftingUnit"] = "罗埠镇经济发展办",
        ["Counterparty"] = "某新材料有限公司",
        ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
    };
}
