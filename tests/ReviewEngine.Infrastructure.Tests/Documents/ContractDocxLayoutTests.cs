using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Documents.Generation;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Issue 16 item 7, on the OpenXml parts: GB/T 9704 page numbers (odd pages right, even pages left, one
/// character in), the contract number on every page, and CJK fonts that declare a fallback of their kind.</summary>
public sealed class ContractDocxLayoutTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));

    private static WordprocessingDocument Open(string id)
    {
        var template = Library.Find(id)!;
        var bytes = new ContractDocxWriter().Write(ContractComposer.Compose(template, ContractExamples.For(template))).Bytes;
        return WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    [Fact]
    public void OddPageNumbersStandRightAndEvenPageNumbersLeftOneCharacterIn()
    {
        using var doc = Open("state-land-grant");
        var main = doc.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var footers = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => ((FooterPart)main.GetPartById(r.Id!)).Footer!);
        var odd = footers[HeaderFooterValues.Default].Elements<Paragraph>().Single().ParagraphProperties!;
        var even = footers[HeaderFooterValues.Even].Elements<Paragraph>().Single().ParagraphProperties!;
        Assert.Equal(JustificationValues.Right, odd.Justification!.Val!.Value);
        Assert.Equal("320", odd.Indentation!.Right!.Value);
        Assert.Equal(JustificationValues.Left, even.Justification!.Val!.Value);
        Assert.Equal("320", even.Indentation!.Left!.Value);
        Assert.All(footers.Values, f => Assert.Equal("— 1 —", f.InnerText));
        Assert.All(footers.Values, f => Assert.Contains(" PAGE ", f.Descendants<SimpleField>().Single().Instruction!.Value));
        var headers = section.Elements<HeaderReference>().Select(r => r.Type!.Value).ToList();
        Assert.Equal([HeaderFooterValues.Default, HeaderFooterValues.Even], headers);
    }

    [Theory]
    [InlineData("仿宋_GB2312", "Noto Serif CJK SC", "roman")]
    [InlineData("方正小标宋简体", "Noto Serif CJK SC", "roman")]
    [InlineData("宋体", "Noto Serif CJK SC", "roman")]
    [InlineData("黑体", "Noto Sans CJK SC", "swiss")]
    public void EveryOfficialFaceDeclaresAFallbackOfItsKind(string face, string fallback, string family)
    {
        using var doc = Open("land-recovery");
        var font = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == face);

        Assert.Equal(fallback, font.GetFirstChild<AltName>()!.Val!.Value);
        Assert.Equal(family, font.GetFirstChild<FontFamily>()!.Val!.ToString());
        Assert.Equal("86", font.GetFirstChild<FontCharSet>()!.Val!.Value);
        Assert.Equal(20, font.GetFirstChild<Panose1Number>()!.Val!.Value!.Length);
    }

    [Fact]
    public void ClauseHeadingsAreBoldFangSongAndTheBodyDoesNotHangPunctuationInLibreOffice()
    {
        using var doc = Open("lease");
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var headings = doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.InnerText.StartsWith("第一条", StringComparison.Ordinal)).ToList();

        var heading = Assert.Single(headings);
        var style = styles[heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value!];
        Assert.Equal("仿宋_GB2312", style.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.NotNull(style.StyleRunProperties.Bold);
        Assert.True(styles["Normal"].StyleParagraphProperties!.OverflowPunctuation!.Val!.Value);
    }
}
