using System.Text;
using ReviewEngine.Application.Contracts;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>Text of a stored .docx (with rendered numbering) or plain-text document.</summary>
public sealed class DocumentTextReader : IDocumentTextReader
{
    public string Read(string contentType, string fileName, byte[] bytes) =>
        fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || contentType == GeneratedDocument.DocxContentType
            ? DocxTextExtractor.Extract(new MemoryStream(bytes))
            : Encoding.UTF8.GetString(bytes);
}
