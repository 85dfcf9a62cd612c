using System.Diagnostics;
using System.Text.RegularExpressions;
using ReviewEngine.Infrastructure.Documents.Generation;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>The 审查意见书 as the lead previews it in the browser: LibreOffice's PDF of the letter, read back with
/// poppler. Skipped, with the reason, when soffice or poppler is missing.</summary>
[Trait("Requires", "LibreOffice")]
public sealed class OpinionLetterPdfTests
{
    [LibreOfficeFact]
    public async Task ThePreviewPdfReadsAsTheLetter()
    {
        var docx = new OpinionLetterDocxWriter().Render(OpinionLetterDocxWriterTests.Letter()).Bytes;

        var pdf = await new LibreOfficePdfConverter().ToPdfAsync(docx, CancellationToken.None);

        Assert.NotNull(pdf);
        var path = Path.Combine(Directory.CreateTempSubdirectory("re-letter-pdf-").FullName, "letter.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var text = Regex.Replace(PdfText(path), @"\s+", "");
        Assert.Contains("合法性审查意见书", text);
        Assert.Contains("罗埠审〔2026〕2号", text);
        Assert.Contains("一、送审事项", text);
        Assert.Contains("七、审查结论", text);
        Assert.Contains("罗埠镇人民政府（合法性审查专用章）", text);
        Assert.DoesNotMatch(@"[A-Z]-[A-Z]+-\d\d", text);
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])["-enc", "UTF-8", pdf, "-"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
