using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>Small constructors for paragraphs, runs and tables in the styles of <see cref="DocxStyles"/>.</summary>
internal static class DocxBlocks
{
    public static Paragraph Para(string style, string text, JustificationValues? align = null) =>
        Para(style, align, Run(text));

    public static Paragraph Para(string style, JustificationValues? align, params Run[] runs)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (align is { } a)
        {
            props.Append(new Justification { Val = a });
        }

        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    public static Run Run(string text, bool bold = false, string? font = null)
    {
        var run = new Run();
        if (bold || font is not null)
        {
            var props = new RunProperties();
            if (font is not null)
            {
                props.Append(DocxStyles.Fonts(font));
            }

            if (bold)
            {
                props.Append(new Bold());
            }

            run.Append(props);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table over the text width; <paramref name="widths"/> are relative column weights.</summary>
    public static Table Table(bool borders, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, bool headerRow = false)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => OfficialLayout.TextWidth * w / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = OfficialLayout.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(borders),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString() })));
        var first = true;
        foreach (var cells in rows)
        {
            var row = new TableRow();
            for (var i = 0; i < columns.Length; i++)
            {
                var text = i < cells.Count ? cells[i] : "";
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = columns[i].ToString(), Type = TableWidthUnitValues.Dxa }),
                    Para(DocxStyles.Table, null, Run(text, bold: headerRow && first))));
            }

            table.Append(row);
            first = false;
        }

        return table;
    }

    // Schema order: top, left, bottom, right, insideH, insideV (stack.md §4).
    private static TableBorders Borders(bool visible)
    {
        var kind = visible ? BorderValues.Single : BorderValues.None;
        uint size = visible ? 4u : 0u;
        return new TableBorders(
            new TopBorder { Val = kind, Size = size },
            new LeftBorder { Val = kind, Size = size },
            new BottomBorder { Val = kind, Size = size },
            new RightBorder { Val = kind, Size = size },
            new InsideHorizontalBorder { Val = kind, Size = size },
            new InsideVerticalBorder { Val = kind, Size = size });
    }
}
