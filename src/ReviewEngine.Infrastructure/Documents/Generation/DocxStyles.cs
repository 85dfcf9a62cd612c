using DocumentFormat.OpenXml.Wordprocessing;
using static ReviewEngine.Infrastructure.Documents.Generation.OfficialLayout;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>The paragraph styles generated documents use. Child order follows the schema (the validator checks it).</summary>
internal static class DocxStyles
{
    public const string Title = "DocTitle";
    public const string Heading = "ClauseHeading";
    public const string ArticleHeading = "ArticleHeading";
    public const string Body = "BodyText";
    public const string Plain = "PlainLine";
    public const string Table = "TableText";
    public const string Header = "HeaderText";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(BodyFont), new FontSize { Val = BodySize.ToString() }, new FontSizeComplexScript { Val = BodySize.ToString() },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = LineTwips.ToString(), LineRule = LineSpacingRuleValues.Exact }))),
        // overflowPunct on is Word's default, so Word is unchanged; LibreOffice 7.4 reads the flag inverted and then
        // turns off hanging punctuation, which in justified lines dropped a full-width comma at the line end.
        Paragraph("Normal", "Normal", new ParagraphProperties(new OverflowPunctuation { Val = true }), null, null, isDefault: true),
        Paragraph(Title, "文件标题", new ParagraphProperties(
            new KeepNext(), new SpacingBetweenLines { Before = "0", After = "579", Line = "720", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = JustificationValues.Center }),
            Fonts(TitleFont), TitleSize),
        Paragraph(Heading, "条标题", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160" }),
            Fonts(HeadingFont), BodySize),
        Paragraph(ArticleHeading, "合同条标题", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160" }),
            Fonts(BodyFont), BodySize, bold: true),
        Paragraph(Body, "正文", new ParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = "640" },
            new Justification { Val = JustificationValues.Both }), null, null),
        Paragraph(Plain, "无缩进正文", new ParagraphProperties(new Justification { Val = JustificationValues.Left }), null, null),
        Paragraph(Table, "表格文字", new ParagraphProperties(
            new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto }), null, SmallSize),
        Paragraph(Header, "页眉文字", new ParagraphProperties(
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Right }),
            Fonts(PageNumberFont), HeaderSize));

    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont, Hint = FontTypeHintValues.EastAsia };

    private static Style Paragraph(string id, string name, ParagraphProperties? p, RunFonts? fonts, int? size, bool isDefault = false, bool bold = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (p is not null)
        {
            style.Append(new StyleParagraphProperties(p.ChildElements.Select(c => c.CloneNode(true))));
        }

        var run = new StyleRunProperties();
        if (fonts is not null)
        {
            run.Append(fonts);
        }

        if (bold)
        {
            run.Append(new Bold());
        }

        if (size is { } s)
        {
            run.Append(new FontSize { Val = s.ToString() }, new FontSizeComplexScript { Val = s.ToString() });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }
}
