namespace ReviewEngine.Web.Tests.Pages;

public sealed class NormativePageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public NormativePageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ListsOnlyAdoptedDocumentsOfTheViewersTownship()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var open = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "未审结的办法", ReviewEngineApp.NormativeMaterials);

        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var list = await page.GetDocumentAsync("/Normative");
        Assert.NotNull(list.QuerySelector("header a[href='/Normative']"));
        Assert.DoesNotContain(list.QuerySelectorAll("#normative a"), a => a.GetAttribute("href") == $"/Cases/Details/{open}");
        Assert.NotNull((await page.GetDocumentAsync("/Normative?cleanupDue=true")).QuerySelector("input[name=cleanupDue][checked]"));
    }
}
