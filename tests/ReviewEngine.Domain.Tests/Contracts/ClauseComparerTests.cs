using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Contracts;

public sealed class ClauseComparerTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));

    private static string TextOf(ComposedContract c) =>
        string.Join("\n", new[] { c.Title, "甲方：" + c.Parties[0].Name }
            .Concat(c.Clauses.SelectMany(k => new[] { $"第{ChineseNumerals.Of(k.Number)}条　{k.Heading}" }.Concat(k.Paragraphs)))
            .Append("（以下无正文）").Append("甲方（盖章）： 乙方（盖章）："));

    public static TheoryData<string> TemplateIds() => [.. Library.Templates.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void AGeneratedContractMatchesItsTemplate(string id)
    {
        var template = Library.Find(id)!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template));

        var diff = ClauseComparer.Compare(template, TextOf(contract));

        Assert.All(diff, d => Assert.True(d.Kind == ClauseDifferenceKind.Unchanged, $"{d.ClauseId}: {d.Kind}\n{d.TemplateText}\n{d.SubmittedText}"));
    }

    [Fact]
    public void ChangedRemovedAndAddedClausesAreReported()
    {
        var template = Library.Find("investment-attraction")!;
        var contract = ContractComposer.Compose(template, ContractExamples.For(template), ["policy"]);
        var text = TextOf(contract)
            .Replace("甲方可以依法变更或者解除本合同", "甲方可以随时解除本合同")
            .Replace("（以下无正文）", "第十五条　税收奖励\n乙方缴纳税收地方留成部分的50%由甲方奖励给乙方。\n（以下无正文）");

        var diff = ClauseComparer.Compare(template, text).Where(d => d.Kind != ClauseDifferenceKind.Unchanged).ToList();

        Assert.Equal(
            [("policy", ClauseDifferenceKind.Missing, false), ("public-interest", ClauseDifferenceKind.Modified, true), (null, ClauseDifferenceKind.Added, false)],
            diff.Select(d => (d.ClauseId, d.Kind, d.Locked)));
        Assert.Equal("税收奖励", diff[2].Heading);
    }
}
