using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReviewEngine.Infrastructure.Documents.Generation.OfficialLayout;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>A4 page with GB/T 9704 margins, an optional right-aligned header line on every page and the "— 1 —" page
/// number: on odd pages at the right, on even pages at the left, each one character in from the edge of the text block
/// (GB/T 9704-2012 7.5; the settings part declares evenAndOddHeaders).</summary>
internal static class DocxPageSetup
{
    /// <summary>One character of the 三号 body text (16 pt), the "空一字" of GB/T 9704.</summary>
    private const string OneCharacter = "320";

    public static SectionProperties Apply(MainDocumentPart main, string? headerText)
    {
        var section = new SectionProperties();
        if (headerText is not null)
        {
            // Header and footer references come first in sectPr, headers before footers (schema order).
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(DocxBlocks.Para(DocxStyles.Header, headerText));
            var id = main.GetIdOfPart(header);
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = id },
                new HeaderReference { Type = HeaderFooterValues.Even, Id = id });
        }

        section.Append(
            Footer(main, HeaderFooterValues.Default, JustificationValues.Right),
            Footer(main, HeaderFooterValues.Even, JustificationValues.Left),
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTop,
                Bottom = MarginBottom,
                Left = MarginLeft,
                Right = MarginRight,
                Header = HeaderDistance,
                Footer = FooterDistance,
                Gutter = 0,
            },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LineTwips });
        return section;
    }

    private static FooterReference Footer(MainDocumentPart main, HeaderFooterValues type, JustificationValues side)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumber(side));
        return new FooterReference { Type = type, Id = main.GetIdOfPart(footer) };
    }

    public static Paragraph PageNumber(JustificationValues side)
    {
        var p = DocxBlocks.Para(DocxStyles.Header, side, SizedRun("— "));
        var indent = side == JustificationValues.Right ? new Indentation { Right = OneCharacter } : new Indentation { Left = OneCharacter };
        p.ParagraphProperties!.InsertBefore(indent, p.ParagraphProperties.GetFirstChild<Justification>());
        p.Append(new SimpleField(SizedRun("1")) { Instruction = " PAGE " });
        p.Append(SizedRun(" —"));
        return p;
    }

    private static Run SizedRun(string text) => new(
        new RunProperties(new FontSize { Val = PageNumberSize.ToString() }, new FontSizeComplexScript { Val = PageNumberSize.ToString() }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
