using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReviewEngine.Web.Tests.Pages;

public sealed class StatisticsPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public StatisticsPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task DistrictCountsEveryTownshipTownshipOnlyItsOwnAndTheXlsxHoldsTheSameFigures()
    {
        await ReviewEngineApp.SubmitAsync(await _app.ClientAsAsync("lb-drafter"), "NORMATIVE_DOC", "罗埠统计测试", ReviewEngineApp.NormativeMaterials);
        await ReviewEngineApp.SubmitAsync(await _app.ClientAsAsync("cb-drafter"), "NORMATIVE_DOC", "城北统计测试", ReviewEngineApp.NormativeMaterials);
        var year = DateTime.UtcNow.AddHours(8).Year;
        var period = $"from={year}-01-01&to={year}-12-31";

        var district = await PageTestClient.LoginAsync(_app, "wc-district");
        var page = await district.GetDocumentAsync($"/Statistics?{period}");
        Assert.Equal("2", Received(page));
        Assert.Equal(4, page.QuerySelectorAll("svg.chart[role=img] title").Length);
        Assert.Equal("1", Received(await district.GetDocumentAsync($"/Statistics?{period}&township=chengbei")));
        Assert.Equal("0", Received(await district.GetDocumentAsync($"/Statistics?{period}&kind=ADMIN_AGREEMENT")));

        var township = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var own = await township.GetDocumentAsync($"/Statistics?{period}");
        Assert.Equal("1", Received(own));
        Assert.Equal(["", "luobu"], own.QuerySelectorAll("#township option").Select(o => o.GetAttribute("value")));
        Assert.Equal("0", Received(await township.GetDocumentAsync($"/Statistics?{period}&township=chengbei"))); // a filter narrows within the scope, never widens it
        Assert.Equal("0", Received(await township.GetDocumentAsync($"/Statistics?from={year - 1}-01-01&to={year - 1}-12-31")));

        var response = await district.GetAsync($"/Statistics?handler=Xlsx&{period}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var cells = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal("收案数", cells[0].InnerText);
        Assert.Equal("2", cells[1].CellValue?.Text);
    }

    private static string? Received(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("table[data-table='概况'] tbody tr td:nth-child(2)")?.TextContent;
}
