using System.IO.Compression;
using System.Text;

namespace ReviewEngine.Suites.Common;

/// <summary>Minimal Word packages built by hand (no OpenXml dependency), good and deliberately broken.</summary>
public static class Docx
{
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;

    private const string Rels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    public static string DocumentXml(IEnumerable<string> paragraphs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"))
        + "</w:body></w:document>";

    public static byte[] Valid(string title, int clauses = 5) =>
        Package(("word/document.xml", Encoding.UTF8.GetBytes(DocumentXml(
            new[] { title }.Concat(Enumerable.Range(1, clauses).Select(i => $"第{i}条 本办法适用于本镇行政区域内的相关管理活动，具体事项由镇人民政府负责。"))))));

    /// <summary>A valid document that also carries a VBA project (a .docm renamed to .docx).</summary>
    public static byte[] WithMacros(string title) =>
        Package(("word/document.xml", Encoding.UTF8.GetBytes(DocumentXml([title]))), ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));

    /// <summary>A valid document whose main part points Word at a template on a remote server.</summary>
    public static byte[] WithRemoteTemplate(string title, string url) =>
        Package(("word/document.xml", Encoding.UTF8.GetBytes(DocumentXml([title]))), ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"{url}\" TargetMode=\"External\"/></Relationships>")));

    /// <summary>A package with the given parts, plus the content types and relationships unless left out.</summary>
    public static byte[] Package(params (string Name, byte[] Bytes)[] parts) => Package(true, parts);

    public static byte[] Package(bool withPackageParts, params (string Name, byte[] Bytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var all = withPackageParts
                ? new[] { ("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)) }.Concat(parts)
                : parts;
            foreach (var (name, bytes) in all)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A part that inflates to <paramref name="bytes"/> of one repeated character: a zip bomb at ratio ~1000.</summary>
    public static byte[] Bomb(long bytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels) })
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }

            using var doc = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                doc.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
