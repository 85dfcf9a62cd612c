namespace ReviewEngine.Application.Opinions;

/// <summary>Renders a .docx as PDF for reading in the browser (LibreOffice in Infrastructure). Null when no renderer
/// is installed or it fails; callers then offer the .docx itself.</summary>
public interface IDocumentPdfConverter
{
    Task<byte[]?> ToPdfAsync(byte[] docx, CancellationToken ct);
}
