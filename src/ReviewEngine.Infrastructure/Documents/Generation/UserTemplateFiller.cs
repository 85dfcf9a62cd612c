using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// Fills a Word template supplied by a user (.docx): content controls by tag and <c>{{field}}</c> placeholders,
/// including placeholders split across runs, in the body (tables included), headers and footers.
/// </summary>
public static class UserTemplateFiller
{
    public static UserTemplateFill Fill(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        var filled = new HashSet<string>(StringComparer.Ordinal);
        var unfilled = new SortedSet<string>(StringComparer.Ordinal);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            var main = doc.MainDocumentPart ?? throw new InvalidDataException("不是 Word 文档（缺少正文部分）");
            foreach (var root in Roots(main))
            {
                filled.UnionWith(ContentControlFiller.Fill(root, values));
                foreach (var paragraph in root.Descendants<Paragraph>().ToList())
                {
                    filled.UnionWith(PlaceholderReplacer.Replace(paragraph, values));
                    unfilled.UnionWith(Leftovers(paragraph));
                }
            }
        }

        return new UserTemplateFill(stream.ToArray(), filled.Order(StringComparer.Ordinal).ToList(), unfilled.ToList());
    }

    private static IEnumerable<OpenXmlPartRootElement> Roots(MainDocumentPart main)
    {
        yield return main.Document!;
        foreach (var header in main.HeaderParts)
        {
            yield return header.Header!;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer.Footer!;
        }
    }

    private static IEnumerable<string> Leftovers(Paragraph paragraph)
    {
        var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
        return System.Text.RegularExpressions.Regex.Matches(text, @"\{\{\s*([^{}]+?)\s*\}\}").Select(m => m.Groups[1].Value);
    }
}
