using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Documents.Generation;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Issue 16 item 4: party blocks and signature lines by kind of party, and a signature block that cannot be
/// left alone on a page (OpenXml checks on the produced document part).</summary>
public sealed class ContractPartyBlockTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));

    public static TheoryData<string> TemplateIds() => [.. Library.Templates.Select(t => t.Id)];

    private static byte[] Generate(string id)
    {
        var template = Library.Find(id)!;
        return new ContractDocxWriter().Write(ContractComposer.Compose(template, ContractExamples.For(template))).Bytes;
    }

    private static string Text(byte[] docx) => DocxTextExtractor.Extract(new MemoryStream(docx));

    [Fact]
    public void APersonSignsAndFingerprintsWhileTheAgencySealsAndShowsItsRepresentativeAndSeat()
    {
        var text = Text(Generate("house-expropriation"));

        Assert.Contains("公民身份号码：330702197001011238", text);
        Assert.Contains("联系电话：139××××××××", text);
        Assert.Contains("乙方（签字并按手印）：", text);
        Assert.DoesNotContain("乙方（盖章）", text);
        Assert.Contains("甲方（盖章）：", text);
        Assert.Contains("法定代表人（负责人）：李××", text);
        Assert.Contains("住所：金华市婺城区××路××号", text);
    }

    [Fact]
    public void AFarmerTransferringLandShowsNoCreditCodeInHisBlock()
    {
        var template = Library.Find("land-transfer")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));

        var farmer = contract.Parties[0];
        Assert.True(farmer.IsPerson);
        Assert.Null(farmer.CreditCode);
        Assert.Equal("137××××××××", farmer.Phone);
        Assert.Contains("甲方（签字并按手印）：", Text(new ContractDocxWriter().Write(contract).Bytes));
    }

    [Fact]
    public void AThreePartyAgreementSignsInTwoColumnsWithTheHouseholdSigningAsAPerson()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Generate("collective-land-expropriation")), false);
        var cells = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Last().Descendants<TableCell>()
            .Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList();

        Assert.Equal(2, cells.Count);
        Assert.Equal("甲方（盖章）：", cells[0][0]);
        Assert.Contains("丙方（签字并按手印）：", cells[0]);
        Assert.Equal("乙方（盖章）：", cells[1][0]);
        Assert.Equal(3, cells.Sum(c => c.Count(line => line.StartsWith("签订日期：", StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void TheSignatureBlockIsOneUnbreakableRowKeptWithTheLastClause(string id)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Generate(id)), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<Table>().Last();
        var row = Assert.Single(table.Elements<TableRow>());
        Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>());

        var before = table.ElementsBefore().OfType<Paragraph>().Reverse().Take(2).ToList();
        Assert.Equal("（以下无正文）", before[0].InnerText);
        Assert.All(before, p =>
        {
            Assert.NotNull(p.ParagraphProperties?.KeepNext);
            Assert.NotNull(p.ParagraphProperties?.KeepLines);
        });
        Assert.NotEqual("", before[1].InnerText);
        Assert.Same(table, body.Elements().Reverse().Skip(1).First());
    }
}
