using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Infrastructure.Tests.Documents;

public sealed class DocxTextExtractorTests
{
    [Fact]
    public void ParagraphsTablesAndAutomaticArticleNumbersComeOutInDocumentOrder()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = ArticleNumbering();
            main.Document = new Document(new Body(
                Para("《××镇投资协议》"),
                new Table(new TableRow(Cell("甲方："), Cell("××镇人民政府")), new TableRow(Cell("乙方："), Cell("××有限公司"))),
                Numbered("乙方投资建设项目。"),
                Numbered("争议由人民法院管辖。"),
                Para("（以下无正文）")));
        }
        stream.Position = 0;

        var lines = DocxTextExtractor.Extract(stream).Split('\n');

        Assert.Equal(
            ["《××镇投资协议》", "甲方： ××镇人民政府", "乙方： ××有限公司", "第一条 乙方投资建设项目。", "第二条 争议由人民法院管辖。", "（以下无正文）"],
            lines);
    }

    [Fact]
    public void LabelValueRowsWithoutColonBecomeLabelledLines()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Table(
                new TableRow(Cell("甲方"), Cell("××镇人民政府")),
                new TableRow(Cell("序号"), Cell("项目"), Cell("金额")))));
        }
        stream.Position = 0;

        Assert.Equal(["甲方：××镇人民政府", "序号 项目 金额"], DocxTextExtractor.Extract(stream).Split('\n'));
    }

    [Fact]
    public void SplitRunsAreJoined()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("第五条 处")), new Run(new Text("二百元")), new Run(new Text("罚款。")))));
        }
        stream.Position = 0;

        Assert.Equal("第五条 处二百元罚款。", DocxTextExtractor.Extract(stream));
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    private static TableCell Cell(string text) => new(Para(text));

    private static Paragraph Numbered(string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
        new Run(new Text(text)));

    private static Numbering ArticleNumbering() => new(
        new AbstractNum(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new LevelText { Val = "第%1条" })
        { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
}
