using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.Common;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Infrastructure.Tests.Documents;

public sealed class UploadInspectorTests
{
    private readonly UploadInspector _inspector = new(10 * 1024 * 1024);

    [Fact]
    public void A_plain_document_with_a_hyperlink_is_accepted()
    {
        var bytes = Docx(WordprocessingDocumentType.Document, main =>
            main.AddHyperlinkRelationship(new Uri("https://www.wuch.gov.cn/"), true));

        var upload = _inspector.Inspect("合同.docx", bytes, null);

        Assert.Equal("合同.docx", upload.Input.FileName);
    }

    [Fact]
    public void A_macro_enabled_document_renamed_to_docx_is_refused()
    {
        var bytes = Docx(WordprocessingDocumentType.MacroEnabledDocument, _ => { });

        var error = Assert.Throws<InvalidInputException>(() => _inspector.Inspect("合同.docx", bytes, null));

        Assert.Contains("启用宏", error.Message);
    }

    [Fact]
    public void A_package_carrying_a_vba_project_is_refused_whatever_its_content_types_say()
    {
        var bytes = AddZipEntry(Docx(WordprocessingDocumentType.Document, _ => { }), "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]);

        var error = Assert.Throws<InvalidInputException>(() => _inspector.Inspect("合同.docx", bytes, null));

        Assert.Contains("宏", error.Message);
    }

    [Fact]
    public void A_remote_template_is_refused_with_the_part_and_address_named()
    {
        var bytes = Docx(WordprocessingDocumentType.Document, main =>
        {
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings();
            settings.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri("http://203.0.113.9/t.dotm"));
        });

        var error = Assert.Throws<InvalidInputException>(() => _inspector.Inspect("合同.docx", bytes, null));

        Assert.Contains("外部", error.Message);
        Assert.Contains("settings", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("203.0.113.9", error.Message);
    }

    [Theory]
    [InlineData(@"C:\Users\drafter\桌面\合同.docx", "合同.docx")]
    [InlineData(@"..\..\etc\合同.docx", "合同.docx")]
    [InlineData("../../合同.docx", "合同.docx")]
    [InlineData("合同\u202Excod.docx", "合同xcod.docx")]
    [InlineData("合\u0000同\u0007.docx", "合同.docx")]
    public void The_stored_name_has_no_folders_and_no_control_characters(string sent, string stored)
    {
        var upload = _inspector.Inspect(sent, Docx(WordprocessingDocumentType.Document, _ => { }), null);

        Assert.Equal(stored, upload.Input.FileName);
    }

    private static byte[] Docx(WordprocessingDocumentType type, Action<MainDocumentPart> extend)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, type))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("第一条 甲乙双方约定如下。")))));
            extend(main);
        }

        return stream.ToArray();
    }

    private static byte[] AddZipEntry(byte[] package, string entryName, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
