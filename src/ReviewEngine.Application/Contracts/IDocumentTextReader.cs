namespace ReviewEngine.Application.Contracts;

/// <summary>Plain text of a stored document (one line per paragraph), for comparing a contract with its template.</summary>
public interface IDocumentTextReader
{
    string Read(string contentType, string fileName, byte[] bytes);
}
