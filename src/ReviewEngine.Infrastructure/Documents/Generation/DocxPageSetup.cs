using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReviewEngine.Infrastructure.Documents.Generation.OfficialLayout;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>A4 page with GB/T 9704 margins, an optional right-aligned header line and the "— 1 —" page number.</summary>
internal static class DocxPageSetup
{
    public static SectionProperties Apply(MainDocumentPart main, string? headerText)
    {
        var section = new SectionProperties();
        if (headerText is not null)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(DocxBlocks.Para(DocxStyles.Header, headerText));
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumber());
        section.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
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

    private static Paragraph PageNumber()
    {
        var p = DocxBlocks.Para(DocxStyles.Header, JustificationValues.Center, SizedRun("— "));
        p.Append(new SimpleField(SizedRun("1")) { Instruction = " PAGE " });
        p.Append(SizedRun(" —"));
        return p;
    }

    private static Run SizedRun(string text) => new(
        new RunProperties(new FontSize { Val = PageNumberSize.ToString() }, new FontSizeComplexScript { Val = PageNumberSize.ToString() }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
