using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>Custom document properties (File › Properties › Custom in Word): where a generated document came from.</summary>
public static class DocxCustomProperties
{
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(WordprocessingDocument doc, IReadOnlyDictionary<string, string> values)
    {
        var part = doc.CustomFilePropertiesPart ?? doc.AddCustomFilePropertiesPart();
        var properties = new Properties();
        var id = 2;
        foreach (var (name, value) in values)
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = FormatId, PropertyId = id++, Name = name });
        }

        part.Properties = properties;
    }

    public static Dictionary<string, string> Read(Stream docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return doc.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText) ?? [];
    }
}
