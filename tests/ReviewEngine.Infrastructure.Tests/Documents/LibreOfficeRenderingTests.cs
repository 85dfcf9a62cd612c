using System.Text.RegularExpressions;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Documents.Generation;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>
/// Renders a generated contract with LibreOffice and reads the PDF back with poppler. Skipped, with the reason, when
/// soffice, pdfinfo or pdftotext is missing (<see cref="LibreOfficeFactAttribute"/>); ./test.sh installs
/// libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk and requires it to run.
/// </summary>
[Trait("Requires", "LibreOffice")]
public sealed class LibreOfficeRenderingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("re-lo-").FullName;

    [LibreOfficeFact]
    public void ContractRendersToPdfWithPartiesAndCapitalisedAmount()
    {
        var library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));
        var template = library.Find("investment-attraction")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var docx = Path.Combine(_dir, "contract.docx");
        File.WriteAllBytes(docx, new ContractDocxWriter().Write(contract).Bytes);

        Run("soffice", $"-env:UserInstallation=file://{_dir}/profile --headless --convert-to pdf --outdir {_dir} {docx}");
        var pdf = Path.Combine(_dir, "contract.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice produced no PDF");
        var pages = int.Parse(Regex.Match(Run("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value);
        var text = Regex.Replace(Run("pdftotext", $"-enc UTF-8 {pdf} -"), @"\s+", "");

        Assert.InRange(pages, 2, 20);
        Assert.Contains("金华市婺城区××镇人民政府", text);
        Assert.Contains("金华××智能装备有限公司", text);
        Assert.Contains("人民币贰亿元整", text);
        Assert.Contains("第一条", text);
    }

    /// <summary>Issue 16 item 4: the last page holds the end of the last clause, "（以下无正文）" and every party's signature
    /// lines, never the signature block (or only its date row) alone.</summary>
    [Theory]
    [InlineData("land-recovery")]
    [InlineData("construction")]
    [InlineData("collective-land-expropriation")]
    public void TheLastPageHoldsTheLastClauseWithTheWholeSignatureBlock(string id)
    {
        var library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));
        var template = library.Find(id)!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var docx = Path.Combine(_dir, $"{id}.docx");
        File.WriteAllBytes(docx, new ContractDocxWriter().Write(contract).Bytes);

        Run("soffice", $"-env:UserInstallation=file://{_dir}/profile --headless --convert-to pdf --outdir {_dir} {docx}");
        var pdf = Path.Combine(_dir, $"{id}.pdf");
        var pages = int.Parse(Regex.Match(Run("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value);
        // Punctuation is ignored: LibreOffice may drop a full-width comma at a line end (issue 16 item 7).
        static string Letters(string text) => Regex.Replace(text, @"[\s，。；、：,.;:]+", "");
        var rendered = Run("pdftotext", $"-enc UTF-8 -f {pages} -l {pages} {pdf} -");
        var lastPage = Letters(rendered);

        var lastParagraph = Letters(contract.Clauses[^1].Paragraphs[^1]);
        Assert.Contains(lastParagraph[^12..], lastPage);
        Assert.Contains("（以下无正文）", lastPage);
        Assert.All(contract.Parties, p => Assert.Contains(p.Role + (p.IsPerson ? "（签字并按手印）" : "（盖章）"), lastPage));
        Assert.Equal(contract.Parties.Count, Regex.Matches(rendered, "签订日期：").Count);
    }

    // The paths are temp folders without spaces, so splitting on spaces keeps each argument whole.
    private static string Run(string tool, string arguments) => ExternalTool.Run(tool, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => Directory.Delete(_dir, true);
}
