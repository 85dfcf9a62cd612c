using System.Net;
using System.Text;
using AngleSharp.Html.Dom;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>专家库 pages: the district administrator lists, adds, edits and imports (all rows or none); nobody else gets in.</summary>
public sealed class ExpertAdminPageTests : IClassFixture<ReviewEngineApp>
{
    private const string Header = "姓名,工作单位,单位类型,职称,专业领域,从业年限,聘期开始,聘期结束,状态,申报回避\n";
    private readonly ReviewEngineApp _app;

    public ExpertAdminPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task AdministratorAddsAndEditsAnExpertAndABadFormSavesNothing()
    {
        var admin = await PageTestClient.LoginAsync(_app, "wc-admin");
        var form = await admin.GetDocumentAsync("/Admin/Experts/Edit");
        var added = await admin.PostFormAsync("/Admin/Experts/Edit", form, Profile("欧阳华", "浙江金华某律师事务所", "LawFirm", "2026-01-01", "2030-12-31"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = (await admin.GetDocumentAsync("/Admin/Experts")).QuerySelectorAll("#experts tbody tr").Single(r => r.TextContent.Contains("欧阳华"));
        Assert.Contains("律所", row.TextContent);

        var id = row.GetAttribute("data-id");
        form = await admin.GetDocumentAsync($"/Admin/Experts/Edit/{id}");
        Assert.Equal("欧阳华", form.QuerySelector("#name")!.GetAttribute("value"));
        var fields = Profile("欧阳华", "浙江金华某律师事务所", "LawFirm", "2026-01-01", "2030-12-31");
        fields["Form.Status"] = "Suspended";
        fields["Form.Conflicts"] = "罗埠镇人民政府、金华××智能装备有限公司";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Experts/Edit/{id}", form, fields)).StatusCode);
        row = (await admin.GetDocumentAsync("/Admin/Experts")).QuerySelector($"#experts tr[data-id='{id}']")!;
        Assert.Contains("暂停", row.TextContent);
        Assert.Contains("罗埠镇人民政府、金华××智能装备有限公司", row.TextContent);

        var bad = await admin.PostFormAsync($"/Admin/Experts/Edit/{id}", form, Profile("欧阳华", "浙江金华某律师事务所", "LawFirm", "2031-01-01", "2030-12-31"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("早于聘期开始", await bad.Content.ReadAsStringAsync());
        Assert.Contains("2026-01-01", (await admin.GetDocumentAsync("/Admin/Experts")).QuerySelector($"#experts tr[data-id='{id}']")!.TextContent);
    }

    [Fact]
    public async Task ImportTakesGb18030AndRefusesAFileWithABadRowWhole()
    {
        var admin = await PageTestClient.LoginAsync(_app, "wc-admin");
        var page = await admin.GetDocumentAsync("/Admin/Experts");
        var before = Count(page);

        var bad = Header + "甲专家,某大学,院校,教授,合同,5,2026-01-01,2030-12-31,在库,\n乙专家,某单位,工厂,工程师,土地,5,2026-01-01,2030-12-31,在库,\n";
        var refused = await admin.PostMultipartAsync("/Admin/Experts?handler=Import", page, [], ("csv", "experts.csv", Encoding.UTF8.GetBytes(bad)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("未导入任何专家", html);
        Assert.Contains("<td>3</td>", html);
        Assert.Equal(before, Count(await admin.GetDocumentAsync("/Admin/Experts")));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var good = Header + "甲专家,某大学法学院,院校,教授,合同、土地,5,2026-01-01,2030-12-31,在库,\n";
        var imported = await admin.PostMultipartAsync("/Admin/Experts?handler=Import", page, [], ("csv", "experts.csv", Encoding.GetEncoding("GB18030").GetBytes(good)));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        page = await admin.GetDocumentAsync("/Admin/Experts");
        Assert.Equal(before + 1, Count(page));
        Assert.Contains(page.QuerySelectorAll("#experts tbody tr"), r => r.TextContent.Contains("甲专家") && r.TextContent.Contains("合同、土地"));
    }

    [Theory]
    [InlineData("lb-lead")]
    [InlineData("wc-district")]
    [InlineData("expert-1")]
    public async Task OnlyTheDistrictAdministratorReachesThePool(string userId)
    {
        var admin = await PageTestClient.LoginAsync(_app, "wc-admin");
        var other = await PageTestClient.LoginAsync(_app, userId);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Admin/Experts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Admin/Experts/Edit")).StatusCode);
        var own = await other.GetDocumentAsync("/Account/Login");
        var posted = await other.PostFormAsync("/Admin/Experts/Edit", own, Profile("丙专家", "某协会", "Association", "2026-01-01", "2030-12-31"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.DoesNotContain("丙专家", (await admin.GetDocumentAsync("/Admin/Experts")).QuerySelector("#experts")!.TextContent);
    }

    private static int Count(IHtmlDocument page) => page.QuerySelectorAll("#experts tbody tr").Length;

    private static Dictionary<string, string> Profile(string name, string organisation, string type, string start, string end) => new()
    {
        ["Form.Name"] = name,
        ["Form.Organisation"] = organisation,
        ["Form.OrganisationType"] = type,
        ["Form.Title"] = "律师",
        ["Form.Fields"] = "合同、招商",
        ["Form.YearsInField"] = "8",
        ["Form.TermStart"] = start,
        ["Form.TermEnd"] = end,
        ["Form.Status"] = "Active",
        ["Form.Conflicts"] = "",
        ["Form.UserId"] = "",
    };
}
