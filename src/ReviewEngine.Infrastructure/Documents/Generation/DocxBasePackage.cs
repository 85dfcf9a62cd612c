using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReviewEngine.Infrastructure.Documents.Generation.OfficialLayout;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// The package every generated document starts from: styles, font table and settings, with an empty body. It is
/// built once and copied per document, so a contract costs one byte copy plus its own body, header and footer.
/// </summary>
public static class DocxBasePackage
{
    private static readonly Lazy<byte[]> Bytes = new(Build);

    public static byte[] Template => Bytes.Value;

    /// <summary>Opens a copy of the base package for writing, with new parts compressed as fast as the base ones.</summary>
    public static WordprocessingDocument OpenCopy(MemoryStream stream)
    {
        var doc = WordprocessingDocument.Open(stream, true);
        doc.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
        return doc;
    }

    /// <summary>A writable stream holding a copy of the base package.</summary>
    public static MemoryStream NewStream()
    {
        var stream = new MemoryStream(Template.Length * 2);
        stream.Write(Template);
        stream.Position = 0;
        return stream;
    }

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts keep the compression they were created with; fast deflate halves the cost of saving a contract.
            doc.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build();
            main.AddNewPart<FontTablePart>().Fonts = Fonts();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
                new Zoom { Percent = "100" },
                new DefaultTabStop { Val = 420 },
                new EvenAndOddHeaders(),
                new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
        }

        return stream.ToArray();
    }

    private static Fonts Fonts() => new(
        Font(BodyFont, BodyFallback, FontFamilyValues.Roman),
        Font(TitleFont, TitleFallback, FontFamilyValues.Roman),
        Font(HeadingFont, HeadingFallback, FontFamilyValues.Swiss),
        Font(PageNumberFont, BodyFallback, FontFamilyValues.Roman),
        Font(LatinFont, null, FontFamilyValues.Roman));

    /// <summary>A font table entry: the fallback face as altName, the PANOSE and family of its kind (serif = roman,
    /// sans = swiss) and the GB2312 character set, so a missing official face is replaced by one of the same kind.</summary>
    private static Font Font(string name, string? alt, FontFamilyValues family)
    {
        var font = new Font { Name = name };
        if (alt is not null)
        {
            font.Append(new AltName { Val = alt });
            font.Append(new Panose1Number { Val = family == FontFamilyValues.Swiss ? SansPanose : SerifPanose });
        }

        font.Append(new FontCharSet { Val = alt is null ? "00" : "86" });
        font.Append(new FontFamily { Val = family });
        font.Append(new Pitch { Val = FontPitchValues.Variable });
        return font;
    }
}
