using System.Text.RegularExpressions;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Contracts;

/// <summary>
/// A contract names its parties once, in the block under the title (甲方：… 乙方：…); 第一条 is the first clause of
/// substance. Before 2026-12-03 every generated contract printed the parties twice: the block and 第一条 协议当事人.
/// </summary>
public sealed class ContractPartyBlockTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));

    public static TheoryData<string> TemplateIds() => [.. Library.Templates.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void TheFirstArticleIsTheFirstClauseAfterThePartyBlock(string id)
    {
        var template = Library.Find(id)!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));

        Assert.True(template.Clauses[0].IsPartyBlock, $"{id}: the first section is the party block");
        Assert.DoesNotContain(contract.Clauses, c => c.Id == TemplateClause.PartyBlockId);
        Assert.Equal(template.Clauses[1].Id, contract.Clauses[0].Id);
        Assert.Equal(Enumerable.Range(1, contract.Clauses.Count), contract.Clauses.Select(c => c.Number));
        Assert.NotEmpty(contract.Parties);
    }

    [Fact]
    public void AContractGeneratedWithThePartiesAsTheFirstArticleStillMatchesItsTemplate()
    {
        var template = Library.Find("land-recovery")!;
        var values = ContractExamples.For(template);
        var contract = ContractComposer.Compose(template, values);
        var partyBlock = template.Clauses[0];
        var oldPartyArticle = partyBlock.Paragraphs.Select(p => Regex.Replace(p, @"\{\{(\w+)\}\}", m => values.GetValueOrDefault(m.Groups[1].Value) ?? ContractComposer.EmptyValue));
        var text = string.Join("\n", new[] { contract.Title, $"第一条　{partyBlock.Heading}" }.Concat(oldPartyArticle)
            .Concat(contract.Clauses.SelectMany(k => new[] { $"第{ChineseNumerals.Of(k.Number + 1)}条　{k.Heading}" }.Concat(k.Paragraphs))));

        var diff = ClauseComparer.Compare(template, text);

        Assert.All(diff, d => Assert.True(d.Kind == ClauseDifferenceKind.Unchanged, $"{d.ClauseId}: {d.Kind}"));
        Assert.Contains(diff, d => d.ClauseId == TemplateClause.PartyBlockId);
    }
}
