using System.Net;

namespace ReviewEngine.Web.Tests.Pages;

public sealed class SupervisionPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public SupervisionPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task DistrictSeesEveryTownshipsOpenCasesAndTownshipUsersAreRefused()
    {
        var lb = await ReviewEngineApp.SubmitAsync(await _app.ClientAsAsync("lb-drafter"), "NORMATIVE_DOC", "罗埠督办测试", ReviewEngineApp.NormativeMaterials);
        var cb = await ReviewEngineApp.SubmitAsync(await _app.ClientAsAsync("cb-drafter"), "ADMIN_AGREEMENT", "城北督办测试", ReviewEngineApp.AgreementMaterials);

        var district = await PageTestClient.LoginAsync(_app, "wc-district");
        var all = await district.GetDocumentAsync("/Supervision");
        var links = all.QuerySelectorAll("#supervision a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Cases/Details/{lb}", links);
        Assert.Contains($"/Cases/Details/{cb}", links);
        Assert.NotNull(all.QuerySelector("header a[href='/Supervision']"));

        var filtered = await district.GetDocumentAsync("/Supervision?township=chengbei&kind=ADMIN_AGREEMENT");
        var only = filtered.QuerySelectorAll("#supervision a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Cases/Details/{cb}"], only);
        Assert.Contains("待认领", filtered.QuerySelector("#supervision .holder")!.TextContent);

        var township = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await township.GetAsync("/Supervision")).StatusCode);
        Assert.Null((await township.GetDocumentAsync("/")).QuerySelector("header a[href='/Supervision']"));
    }
}
