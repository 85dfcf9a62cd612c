using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Documents.Generation;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Documents;

public sealed class ContractDocxWriterTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));

    public static TheoryData<string> TemplateIds() => [.. Library.Templates.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void EveryTemplateWithItsExamplesIsValidAndContainsEveryValue(string id)
    {
        var template = Library.Find(id)!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var doc = new ContractDocxWriter().Write(contract);

        using var stream = new MemoryStream(doc.Bytes);
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
            var header = string.Concat(word.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText));
            Assert.Contains(contract.Number, header);
            var footer = string.Concat(word.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));
            Assert.Contains("— 1 —", footer);
        }

        var text = DocxTextExtractor.Extract(new MemoryStream(doc.Bytes));
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("}}", text);
        foreach (var field in template.Fields.Where(f => f.Example is not null))
        {
            Assert.Contains(contract.DisplayValues[field.Name], text);
        }

        Assert.Contains("第一条", text);
        Assert.Contains($"第{ChineseNumerals.Of(contract.Clauses.Count)}条", text);
        // The parties are named once, in the block above 第一条; the template's party section is not a numbered clause.
        var head = text[..text.IndexOf("第一条", StringComparison.Ordinal)];
        Assert.DoesNotContain(template.Clauses[0].Heading, text);
        Assert.All(contract.Parties, p => Assert.Equal(1, head.Split(p.Label + "：" + p.Name).Length - 1));
        var props = DocxCustomProperties.Read(new MemoryStream(doc.Bytes));
        Assert.Equal(template.Id, props[ContractDocxWriter.TemplateIdProperty]);
        Assert.Equal(template.Version, props[ContractDocxWriter.TemplateVersionProperty]);
        Assert.Equal(contract.FieldsHash, props[ContractDocxWriter.FieldsHashProperty]);
        Assert.Equal(64, doc.Sha256.Length);
    }

    [Fact]
    public void InvestmentContractShowsAmountsInFiguresAndCapitalsAndChineseDates()
    {
        var template = Library.Find("investment-attraction")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var text = DocxTextExtractor.Extract(new MemoryStream(new ContractDocxWriter().Write(contract).Bytes));

        Assert.Contains("200,000,000.00元（大写：人民币贰亿元整）", text);
        Assert.Contains("2026年6月30日前开工建设", text);
        Assert.Contains("统一社会信用代码：91330702MA2EXAMP1K", text);
        Assert.Contains("乙方（盖章）：", text);
    }

    [Fact]
    public void OptionalClauseCanBeOmittedAndTheRestIsRenumbered()
    {
        var template = Library.Find("investment-attraction")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template), ["policy"]);
        var text = DocxTextExtractor.Extract(new MemoryStream(new ContractDocxWriter().Write(contract).Bytes));

        Assert.DoesNotContain("扶持政策", text);
        // The template's sections less the party block (printed above 第一条) and the omitted clause.
        Assert.Equal(template.Clauses.Count - 2, contract.Clauses.Count);
        Assert.Contains($"第{ChineseNumerals.Of(contract.Clauses.Count)}条", text);
        Assert.DoesNotContain($"第{ChineseNumerals.Of(contract.Clauses.Count + 1)}条　", text);
    }

    [Fact]
    public void ATotalIsPrintedWithItsItemisedTableUnderTheClauseThatStatesIt()
    {
        var template = Library.Find("land-recovery")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        using var word = WordprocessingDocument.Open(new MemoryStream(new ContractDocxWriter().Write(contract).Bytes), false);
        var body = word.MainDocumentPart!.Document!.Body!;

        var table = body.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["项目", "金额（元）"], rows[0]);
        Assert.Equal(["土地使用权补偿", "8,000,000.00"], rows[1]);
        Assert.Equal(["合计", "14,000,000.00"], rows[^1]);
        Assert.Equal(5, rows.Count);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.StartsWith("补偿总额为人民币14,000,000.00元", table.ElementsBefore().OfType<Paragraph>().Last().InnerText);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void TheGeneratedDocumentReadsBackAsItsTemplateClauseByClause(string id)
    {
        var template = Library.Find(id)!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));
        var text = DocxTextExtractor.Extract(new MemoryStream(new ContractDocxWriter().Write(contract).Bytes));

        var diff = ClauseComparer.Compare(template, text);

        Assert.All(diff, d => Assert.True(d.Kind == ClauseDifferenceKind.Unchanged, $"{d.ClauseId}: {d.Kind}\n{d.SubmittedText}"));
    }
}
