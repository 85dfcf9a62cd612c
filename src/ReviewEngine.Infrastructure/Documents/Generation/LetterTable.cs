using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// The bordered table of a 审查意见书: cell text in single line spacing and off the page's line grid (the grid's
/// 28.95 pt pitch would spread a cell's lines apart), rows that never break across pages, and a header row that
/// repeats on each page the table runs onto.
/// </summary>
internal static class LetterTable
{
    public static Table Build(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => OfficialLayout.TextWidth * w / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = OfficialLayout.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString() })));
        table.Append(Row(columns, header, isHeader: true));
        table.Append(rows.Select(r => Row(columns, r, isHeader: false)));
        return table;
    }

    private static TableRow Row(int[] columns, IReadOnlyList<string> cells, bool isHeader)
    {
        var props = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            props.Append(new TableHeader());
        }

        var row = new TableRow(props);
        for (var i = 0; i < columns.Length; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = columns[i].ToString(), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Cell(i < cells.Count ? cells[i] : "", isHeader)));
        }

        return row;
    }

    private static Paragraph Cell(string text, bool bold)
    {
        var props = new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Table },
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = bold ? JustificationValues.Center : JustificationValues.Left });
        return new Paragraph(props, DocxBlocks.Run(text, bold));
    }

    // Schema order: top, left, bottom, right, insideH, insideV (stack.md §4).
    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4u },
        new LeftBorder { Val = BorderValues.Single, Size = 4u },
        new BottomBorder { Val = BorderValues.Single, Size = 4u },
        new RightBorder { Val = BorderValues.Single, Size = 4u },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4u },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4u });
}
