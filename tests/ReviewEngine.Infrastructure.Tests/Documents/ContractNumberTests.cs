using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Documents.Generation;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Issue 16 item 6: a generated and submitted contract gets a number a filing clerk can use (罗埠招〔2026〕第1号),
/// unique in its series, in the header of every page and under the title.</summary>
public sealed class ContractNumberTests
{
    private static async Task<GeneratedContractCase> SubmitAsync(TestDatabase db, Actor drafter, string templateId)
    {
        var template = new FileTemplateCatalog().Find(templateId)!;
        DocumentUpload[] others = [.. new[] { "draftingNote", "counterpartyInfo", "legalBasis" }
            .Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m))];
        return await db.RunAsync(sp => sp.GetRequiredService<GenerateAndSubmitContractHandler>().HandleAsync(
            new GenerateAndSubmitContractCommand(drafter, template, ContractExamples.For(template), [], "经济发展办公室", others)));
    }

    [Fact]
    public async Task ContractsOfOneTownshipAreNumberedPerTypeAndYearInTheHeaderAndTheTitleBlock()
    {
        await using var db = await TestDatabase.CreateAsync();
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);

        var first = await SubmitAsync(db, drafter, "investment-attraction");
        var second = await SubmitAsync(db, drafter, "investment-supplement");
        var third = await SubmitAsync(db, drafter, "investment-attraction");
        var recovery = await SubmitAsync(db, drafter, "land-recovery");

        Assert.Equal("罗埠招〔2026〕第1号", first.Contract.Number);
        Assert.Equal("罗埠招〔2026〕第2号", second.Contract.Number);
        Assert.Equal("罗埠招〔2026〕第3号", third.Contract.Number);
        Assert.Equal("罗埠收〔2026〕第1号", recovery.Contract.Number);
        Assert.Equal("罗埠招〔2026〕第3号", third.Case.Metadata[ContractCaseMetadata.ContractNumber]);
        using var doc = WordprocessingDocument.Open(new MemoryStream(third.Document.Bytes), false);
        Assert.All(doc.MainDocumentPart!.HeaderParts, h => Assert.Equal("合同编号：罗埠招〔2026〕第3号", h.Header!.InnerText));
        Assert.Contains("合同编号：罗埠招〔2026〕第3号", doc.MainDocumentPart.Document!.Body!.InnerText);
    }

    [Theory]
    [InlineData("罗埠镇人民政府", "罗埠")]
    [InlineData("金华市婺城区城东街道办事处", "金华市婺城区城东")]
    [InlineData("白龙桥镇", "白龙桥")]
    public void AnOrganisationWithoutAConfiguredShortNameIsCalledByItsPlaceName(string name, string expected) =>
        Assert.Equal(expected, new ContractNumberOptions().ShortName("x", name));

    [Fact]
    public void TheSeriesContinuesAfterItsHighestNumberAndIgnoresOtherSeries()
    {
        var options = new ContractNumberOptions(Patterns: new Dictionary<string, string> { ["luobu"] = "{org}{type}字〔{year}〕{seq}号" });

        var next = options.Next(options.PatternFor("luobu"), "罗埠", "招", 2026,
            ["罗埠招字〔2026〕7号", "罗埠招字〔2026〕12号", "罗埠招字〔2025〕40号", "罗埠收字〔2026〕30号", "investment-attraction-6cc56265"]);

        Assert.Equal("罗埠招字〔2026〕13号", next);
        Assert.Equal("罗埠让〔2026〕第1号", options.Next(options.Pattern, "罗埠", options.TypeName("土地出让"), 2026, []));
    }
}
