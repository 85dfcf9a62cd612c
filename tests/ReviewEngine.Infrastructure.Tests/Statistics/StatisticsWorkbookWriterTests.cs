using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Infrastructure.Statistics;

namespace ReviewEngine.Infrastructure.Tests.Statistics;

public sealed class StatisticsWorkbookWriterTests
{
    [Fact]
    public void EveryTableBecomesASheetWithAHeaderRowAndTypedValues()
    {
        var stats = new ReviewStatistics(5, 1, 4, 8.0, 16, 1, 0.25, new Dictionary<string, int> { ["不合法"] = 1, ["合法"] = 3 }, 2,
            [new RuleAdoption("N-FC-01", 2, 1, 0, 1)], [new RuleFlagCount("N-CONT-01", 2)]);
        using var stream = new MemoryStream();
        new StatisticsWorkbookWriter().Write(StatisticsTables.From(stats), stream);

        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, false);
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["概况", "审查结论", "规则采纳率", "高频规则"], sheets.Select(s => s.Name!.Value));

        var overview = Rows(book, sheets[0]);
        Assert.Equal(["指标", "数值"], overview[0]);
        Assert.Equal(["收案数", "5"], overview[1]);
        Assert.Equal(["受理至出具意见工作日中位数", "8"], overview[4]);
        Assert.Equal(["逾期率", "0.25"], overview[7]);
        Assert.Equal([["审查结论", "件数"], ["不合法", "1"], ["合法", "3"]], Rows(book, sheets[1]));
        Assert.Equal([["规则", "问题数", "采纳", "部分采纳", "不采纳", "采纳率"], ["N-FC-01", "2", "1", "0", "1", "0.5"]], Rows(book, sheets[2]));
        Assert.Equal(["N-CONT-01", "2"], Rows(book, sheets[3])[1]);
    }

    /// <summary>Cell texts row by row: inline strings by their text, numbers by their stored value.</summary>
    internal static List<List<string>> Rows(WorkbookPart book, Sheet sheet)
    {
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text).ToList())
            .ToList();
    }
}
