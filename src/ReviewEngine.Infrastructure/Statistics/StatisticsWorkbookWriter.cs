using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReviewEngine.Application.Statistics;

namespace ReviewEngine.Infrastructure.Statistics;

/// <summary>
/// SpreadsheetML by hand: inline strings (no shared-string table to keep in step), numbers as numbers so the figures
/// can be summed in Excel/WPS, a bold header row, one sheet per table. Rates are written as fractions with a percent format.
/// </summary>
public sealed class StatisticsWorkbookWriter : IStatisticsWorkbookWriter
{
    private const uint HeaderStyle = 1;
    private const uint PercentStyle = 2;

    public void Write(IReadOnlyList<StatisticsTable> tables, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(table.Headers.Cast<object?>(), HeaderStyle, null));
            foreach (var row in table.Rows)
            {
                data.AppendChild(Row(row, null, table.Headers));
            }

            part.Worksheet = new Worksheet(data);
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = table.Name });
        }

        workbook.Workbook.Save();
    }

    private static Row Row(IEnumerable<object?> values, uint? style, IReadOnlyList<string>? headers)
    {
        var row = new Row();
        var list = values.ToList();
        // A rate is a column headed …率, or a row labelled …率 (the 概况 table).
        var rateRow = list.FirstOrDefault() is string label && label.EndsWith('率');
        for (var i = 0; i < list.Count; i++)
        {
            var v = list[i];
            var isRate = headers is not null && (rateRow || headers[i].EndsWith('率'));
            var cell = v switch
            {
                null => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("—")) },
                int n => new Cell { CellValue = new CellValue(n) },
                double d => new Cell { CellValue = new CellValue(d), StyleIndex = isRate ? PercentStyle : null },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) },
            };
            if (style is not null)
            {
                cell.StyleIndex = style;
            }

            row.AppendChild(cell);
        }

        return row;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true })
            { Count = 3 });
    }
}
