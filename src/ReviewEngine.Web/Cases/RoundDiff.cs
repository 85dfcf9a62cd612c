using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Web.Cases;

/// <summary>Line diff of the main document between two rounds (or revisions), on the text extracted from .docx or .txt.</summary>
public static class RoundDiff
{
    public sealed record Line(ChangeType Change, string Text);

    public static IReadOnlyList<Line> Between(DocumentContent older, CaseDocument olderDoc, DocumentContent newer, CaseDocument newerDoc)
    {
        var model = InlineDiffBuilder.Diff(TextOf(older, olderDoc), TextOf(newer, newerDoc), ignoreWhiteSpace: true);
        return model.Lines.Select(l => new Line(l.Type, l.Text)).ToList();
    }

    public static string TextOf(DocumentContent content, CaseDocument doc)
    {
        if (doc.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return DocxTextExtractor.Extract(new MemoryStream(content.Bytes));
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                return "（无法读取该文件的文本）";
            }
        }

        return Encoding.UTF8.GetString(content.Bytes);
    }
}
