using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Documents.Generation;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>A user's Word template with placeholders split across runs in the body, a table, the header and the
/// footer, and content controls found by tag (stack.md §4).</summary>
public sealed class UserTemplateFillerTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["partyA"] = "金华市婺城区罗埠镇人民政府",
        ["partyB"] = "金华××智能装备有限公司",
        ["totalInvestment"] = "200,000,000.00",
        ["number"] = "婺罗合〔2026〕3号",
        ["signingDate"] = "2026年3月1日",
        ["projectName"] = "智能装备制造项目",
        ["remark"] = "本合同一式四份。",
    };

    [Fact]
    public void SplitPlaceholdersAndContentControlsAreFilledEverywhere()
    {
        var result = UserTemplateFiller.Fill(BuildTemplate(), Values);

        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Select(e => e.Description));
        var main = doc.MainDocumentPart!;
        var body = main.Document!.Body!;
        Assert.Equal("甲方：金华市婺城区罗埠镇人民政府，乙方：金华××智能装备有限公司。", body.Elements<Paragraph>().First().InnerText);
        Assert.Equal("总投资200,000,000.00元", body.Descendants<TableCell>().Single().InnerText);
        Assert.Equal("编号：婺罗合〔2026〕3号", main.HeaderParts.Single().Header!.InnerText);
        Assert.Equal("签订于2026年3月1日", main.FooterParts.Single().Footer!.InnerText);
        var project = body.Descendants<SdtRun>().Single();
        Assert.Equal("智能装备制造项目", project.InnerText);
        Assert.Null(project.SdtProperties!.GetFirstChild<ShowingPlaceholder>());
        Assert.Empty(project.Descendants<Color>());
        Assert.Equal("本合同一式四份。", body.Descendants<SdtBlock>().Single().InnerText);
        Assert.Equal(["unknownField"], result.Unfilled);
        Assert.Equal(Values.Keys.Order(StringComparer.Ordinal), result.Filled);
        var all = body.InnerText + main.HeaderParts.Single().Header!.InnerText + main.FooterParts.Single().Footer!.InnerText;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, @"\{\{"));
    }

    [Fact]
    public void TheFirstRunsFormattingIsKept()
    {
        var result = UserTemplateFiller.Fill(BuildTemplate(), Values);

        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Bytes), false);
        var first = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        var boldRun = first.Elements<Run>().Single(r => r.RunProperties?.Bold is not null);
        Assert.Equal("金华市婺城区罗埠镇人民政府", boldRun.InnerText);
    }

    [Fact]
    public void ContractWriterFillsAUserTemplateWithFormattedValuesAndCapitals()
    {
        var template = new FileTemplateCatalog().Find("investment-attraction")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var user = UserTemplateFiller.Fill(BuildTemplate(), new Dictionary<string, string>
        {
            ["unknownField"] = "{{totalInvestmentCapitals}}（{{contractNumber}}）",
            ["number"] = "{{contractNumber}}",
        }).Bytes;

        var doc = new ContractDocxWriter().FillUserTemplate(user, contract);

        var text = DocxTextExtractor.Extract(new MemoryStream(doc.Bytes));
        Assert.Contains("甲方：金华市婺城区××镇人民政府，乙方：金华××智能装备有限公司。", text);
        Assert.Contains("总投资200,000,000.00元", text);
        Assert.Contains($"未知：人民币贰亿元整（{contract.Number}）", text);
        Assert.Contains("年产50万套智能装备制造项目", text);
        var ex = Assert.Throws<ContractFieldsException>(() => new ContractDocxWriter().FillUserTemplate(BuildTemplate(), contract));
        Assert.Equal(["number", "unknownField"], ex.Errors.Select(e => e.Field));
    }

    private static byte[] BuildTemplate()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("编号：{", "{num", "ber}}"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para("签订于{{signing", "Date}}"));
            var first = new Paragraph(Run("甲方："), Run("{{par", bold: true), Run("tyA"), Run("}}，乙方：{{partyB}}。"));
            var table = new Table(
                new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
                new TableGrid(new GridColumn { Width = "9000" }),
                new TableRow(new TableCell(Para("总投资{", "{", "totalInvestment}", "}元"))));
            var sdtRun = new SdtRun(
                new SdtProperties(new Tag { Val = "projectName" }, new ShowingPlaceholder()),
                new SdtContentRun(new Run(new RunProperties(new Color { Val = "808080" }), new Text("单击此处输入项目名称"))));
            var sdtBlock = new SdtBlock(
                new SdtProperties(new Tag { Val = "remark" }),
                new SdtContentBlock(Para("备注第一段"), Para("备注第二段")));
            main.Document = new Document(new Body(
                first, table, new Paragraph(Run("项目："), sdtRun), sdtBlock, Para("未知：{{unknown", "Field}}"),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));
        }

        return stream.ToArray();
    }

    private static Paragraph Para(params string[] runs) => new(runs.Select(r => Run(r)));

    private static Run Run(string text, bool bold = false) => bold
        ? new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve })
        : new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
