using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Domain.Signing;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>签订 compares texts, not files: the same contract as .docx and as .txt normalises to the same hash.</summary>
public sealed class DocumentTextReaderTests
{
    private readonly DocumentTextReader _reader = new();

    [Fact]
    public void TheSameContractAsDocxAndAsTxtWithOtherSpacingHasTheSameHash()
    {
        var docx = Docx("厂房租赁协议", "第一条　甲方将厂房出租给乙方，租期五年。", "第二条　租金为每年伍拾万元（500000元）。");
        var txt = Encoding.UTF8.GetBytes("\ufeff厂房租赁协议\r\n\r\n第一条 甲方将厂房出租给乙方,租期五年。\r\n第二条  租金为每年伍拾万元(500000元)。\r\n");

        var fromDocx = NormalisedText.Of(_reader.Read("签订文本.docx", docx));
        var fromTxt = NormalisedText.Of(_reader.Read("审查稿.txt", txt));

        Assert.Equal(fromDocx.Hash, fromTxt.Hash);
    }

    [Fact]
    public void OneChangedCharacterInTheDocxIsAMismatchNamingItsParagraph()
    {
        var reviewed = Encoding.UTF8.GetBytes("厂房租赁协议\n第一条 甲方将厂房出租给乙方，租期五年。\n第二条 租金为每年伍拾万元。");
        var signed = Docx("厂房租赁协议", "第一条　甲方将厂房出租给乙方，租期六年。", "第二条　租金为每年伍拾万元。");

        var comparison = TextComparison.Of(NormalisedText.Of(_reader.Read("审查稿.txt", reviewed)), NormalisedText.Of(_reader.Read("签订文本.docx", signed)));

        Assert.False(comparison.Identical);
        Assert.Equal(2, comparison.Paragraph);
        Assert.Contains("租期六年", comparison.SignedExcerpt);
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Each paragraph split over two runs, as Word saves edited text.
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p =>
                new Paragraph(new Run(new Text(p[..(p.Length / 2)]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                    new Run(new Text(p[(p.Length / 2)..]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }
}
