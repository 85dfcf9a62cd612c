using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.BadInput;

/// <summary>
/// Broken files sent as a submission's document and as an action's document: truncated packages, files that are not
/// zips, zips that are not Word documents, zip bombs, huge or hostile XML, wrong types and names, over the size limit.
/// </summary>
public static class UploadInputs
{
    /// <summary>The upload limit the suite starts the app with (ReviewEngine:MaxUploadMegabytes), small so the limit is cheap to cross.</summary>
    public const int LimitMegabytes = 2;

    public static IEnumerable<(string Name, string FileName, byte[] Bytes)> Files()
    {
        var valid = Docx.Valid("某镇关于加强农村人居环境管理的规定");
        foreach (var length in new[] { 1, 2, 4, 22, 30, 100, valid.Length / 4, valid.Length / 2, valid.Length * 3 / 4, valid.Length - 22, valid.Length - 1 })
        {
            yield return ($"docx truncated to {length} bytes", "truncated.docx", valid[..length]);
        }

        yield return ("empty .docx", "empty.docx", []);
        yield return ("random bytes", "random.docx", RandomBytes(4096));
        yield return ("plain text named .docx", "text.docx", Encoding.UTF8.GetBytes("这不是 Word 文档"));
        yield return ("PDF named .docx", "pdf.docx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF"));
        yield return ("PNG named .docx", "png.docx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        yield return ("legacy .doc (OLE) named .docx", "old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        yield return ("ELF binary named .docx", "elf.docx", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, .. new byte[56]]);
        yield return ("zip header only", "header.docx", [0x50, 0x4B, 0x03, 0x04, .. new byte[26]]);
        yield return ("empty zip", "emptyzip.docx", Docx.Package(false));
        yield return ("zip with a text file only", "notword.docx", Docx.Package(false, ("a.txt", Encoding.UTF8.GetBytes("hello"))));
        yield return ("zip without content types", "nocontenttypes.docx", Docx.Package(false, ("word/document.xml", Encoding.UTF8.GetBytes(Docx.DocumentXml(["x"])))));
        yield return ("document.xml not XML", "notxml.docx", Docx.Package(("word/document.xml", RandomBytes(2048))));
        yield return ("document.xml unclosed", "unclosed.docx", Docx.Package(("word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"))));
        yield return ("document.xml with an HTML root", "html.docx", Docx.Package(("word/document.xml", Encoding.UTF8.GetBytes("<html><body>x</body></html>"))));
        yield return ("document.xml with a DTD (billion laughs)", "laughs.docx", Docx.Package(("word/document.xml", Encoding.UTF8.GetBytes(BillionLaughs))));
        yield return ("document.xml nested 100,000 deep", "deep.docx", Docx.Package(("word/document.xml", Encoding.UTF8.GetBytes(DeepXml(100_000)))));
        yield return ("huge XML (~60 MB document.xml)", "hugexml.docx", Docx.Package(("word/document.xml", HugeXml(24L * 1024 * 1024))));
        yield return ("zip bomb (300 MB of spaces)", "bomb.docx", Docx.Bomb(300L * 1024 * 1024));
        yield return ("zip bomb (2 MB at ratio 1000)", "smallbomb.docx", Docx.Bomb(2L * 1024 * 1024));
        yield return ("zip with 5,000 entries", "entries.docx", ManyEntries(5000));
        yield return ("valid .docx named .pdf", "valid.pdf", valid);
        yield return ("valid .docx named .exe", "valid.exe", valid);
        yield return ("valid .docx without extension", "valid", valid);
        yield return ("valid .docx with a 300-character name", new string('名', 295) + ".docx", valid);
        yield return ("valid .docx with an empty name", "", valid);
        yield return (".txt that is not UTF-8 (GBK)", "gbk.txt", [0xD5, 0xE2, 0xCA, 0xC7, 0xB2, 0xE2, 0xCA, 0xD4]);
        yield return (".txt with invalid UTF-8 bytes", "bad.txt", [0x41, 0xFF, 0xFE, 0x42]);
        yield return ($"over the {LimitMegabytes} MB limit (.txt)", "big.txt", Encoding.UTF8.GetBytes(new string('字', (LimitMegabytes * 1024 * 1024 / 3) + 1000)));
        yield return ($"over the {LimitMegabytes} MB limit (.docx)", "big.docx", Docx.Package(("word/document.xml", RandomBytes((LimitMegabytes * 1024 * 1024) + 1000))));
    }

    public static IEnumerable<BadInputCase> All(HttpProbe drafter, HttpProbe registrar, BadInputContext ctx)
    {
        foreach (var (name, fileName, bytes) in Files())
        {
            var base64 = Convert.ToBase64String(bytes);
            yield return drafter.Json("upload:submit", name, "/api/cases", new JsonObject
            {
                ["kind"] = "NORMATIVE_DOC",
                ["title"] = "坏文件测试",
                ["documents"] = new JsonArray(new JsonObject { ["fileName"] = fileName, ["base64"] = base64, ["materialId"] = "draft" }),
            });
            yield return registrar.Json("upload:action", name, $"/api/cases/{ctx.CaseId}/actions", new JsonObject
            {
                ["actionId"] = "accept",
                ["expectedVersion"] = ctx.Version,
                ["documentName"] = fileName,
                ["documentBase64"] = base64,
                ["materialId"] = "draft",
            });
        }

        // Over the request limit (upload limit + 5 MB): refused by the server before any of it is read as JSON.
        var oversize = Convert.ToBase64String(RandomBytes((LimitMegabytes + 6) * 1024 * 1024));
        yield return drafter.Json("upload:submit", "request over the body limit", "/api/cases", new JsonObject
        {
            ["kind"] = "NORMATIVE_DOC",
            ["title"] = "坏文件测试",
            ["documents"] = new JsonArray(new JsonObject { ["fileName"] = "huge.docx", ["base64"] = oversize }),
        });
    }

    private const string BillionLaughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
        """;

    private static string DeepXml(int depth) =>
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))
        + "</w:body></w:document>";

    /// <summary>Paragraphs with a counter and a few random letters: compresses roughly 30–60×, under the bomb ratio.</summary>
    private static byte[] HugeXml(long bytes)
    {
        var random = new Random(7);
        var builder = new StringBuilder((int)bytes + 1024);
        builder.Append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        const string filler = "本镇行政区域内的农村人居环境整治工作由镇人民政府统一领导，各村民委员会具体组织实施，相关部门按照职责分工做好有关工作。";
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append("<w:p><w:r><w:t>第").Append(i).Append("条 ").Append((char)('a' + random.Next(26))).Append((char)('a' + random.Next(26)))
                .Append(filler).Append(filler).Append("</w:t></w:r></w:p>");
        }

        builder.Append("</w:body></w:document>");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static byte[] ManyEntries(int count)
    {
        var parts = new List<(string, byte[])> { ("word/document.xml", Encoding.UTF8.GetBytes(Docx.DocumentXml(["x"]))) };
        parts.AddRange(Enumerable.Range(0, count).Select(i => ($"customXml/item{i}.xml", Encoding.UTF8.GetBytes($"<i>{i}</i>"))));
        return Docx.Package(parts.ToArray());
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }
}
