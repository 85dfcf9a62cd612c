using System.Text;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Signing;

namespace ReviewEngine.Infrastructure.Documents;

/// <summary>.docx through OpenXml (<see cref="DocxTextExtractor"/>), anything else as UTF-8 text (a BOM is dropped).</summary>
public sealed class DocumentTextReader : IDocumentTextReader
{
    public string Read(string fileName, byte[] content)
    {
        if (!fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(false).GetString(content).TrimStart('\ufeff');
        }

        try
        {
            return DocxTextExtractor.Extract(new MemoryStream(content));
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            throw new InvalidInputException($"文件「{fileName}」不是可读取的 Word 文档");
        }
    }
}
