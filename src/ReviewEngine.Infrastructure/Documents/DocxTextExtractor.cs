using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents;

/// <summary>
/// Plain text of a .docx for pre-review: paragraphs and tables in document order, one line per paragraph and
/// one line per table row (cells separated by a space, so 甲方： and the name in the next cell stay together).
/// Automatic numbering (第%1条, %1、) is rendered so clause labels survive.
/// </summary>
public static class DocxTextExtractor
{
    public static string Extract(string path)
    {
        using var stream = File.OpenRead(path);
        return Extract(stream);
    }

    public static string Extract(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }
        var numbering = new NumberingRenderer(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
        var lines = new List<string>();
        AppendBlocks(body.ChildElements, numbering, lines);
        return string.Join("\n", lines);
    }

    private static void AppendBlocks(IEnumerable<OpenXmlElement> elements, NumberingRenderer numbering, List<string> lines)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.Add(numbering.Label(paragraph) + ParagraphText(paragraph));
                    break;
                case Table table:
                    lines.AddRange(table.Elements<TableRow>().Select(RowText));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is not null:
                    AppendBlocks(sdt.SdtContentBlock.ChildElements, numbering, lines);
                    break;
            }
        }
    }

    // Two-column rows are usually label/value pairs (甲方 | ××镇人民政府): keep them as "甲方：××镇人民政府".
    private static string RowText(TableRow row)
    {
        var cells = row.Elements<TableCell>().Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText))).ToList();
        if (cells.Count == 2 && cells[0].Length is > 0 and <= 12 && !cells[0].EndsWith('：') && !cells[0].EndsWith(':')
            && cells[0].All(char.IsLetterOrDigit) && cells[1].Length > 0)
        {
            return cells[0] + "：" + cells[1];
        }
        return string.Join(" ", cells);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString().Trim();
    }
}
