namespace ReviewEngine.Application.Signing;

/// <summary>The plain text of an uploaded document (.docx by its paragraphs, .txt as UTF-8), one line per paragraph.</summary>
public interface IDocumentTextReader
{
    string Read(string fileName, byte[] content);
}
