using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>A test that renders with LibreOffice and reads the PDF with poppler: skipped, with the reason, when the
/// tools are not on PATH (see <see cref="RequiredService"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string Provide =
        RequiredService.ProvidedBy + " (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk)";

    public LibreOfficeFactAttribute() =>
        Skip = RequiredService.SkipReason("LibreOffice", () => RequiredService.MissingTools("soffice", "pdfinfo", "pdftotext", "pdffonts"), Provide);
}
