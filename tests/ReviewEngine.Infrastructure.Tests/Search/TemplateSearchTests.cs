using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>Search behaviour over the real templates/ in a temporary on-disk index.</summary>
public sealed class TemplateSearchTests(TemplateIndexFixture fixture) : IClassFixture<TemplateIndexFixture>
{
    private IReadOnlyList<TemplateSearchHit> Search(string text, int top = 5, ContractKind? kind = null, string? category = null) =>
        fixture.Index.Search(new TemplateSearchQuery(text, top, kind, category));

    [Fact]
    public void FindsTemplateByQuotedPhraseAndHighlightsIt()
    {
        var hits = Search("\"产权调换\"");

        Assert.Equal("house-expropriation", hits[0].TemplateId);
        Assert.Contains(hits[0].Highlights, h => h.Contains("【产权】【调换】", StringComparison.Ordinal));
    }

    [Fact]
    public void ReturnsOneEntryPerTemplateWithItsBestClause()
    {
        var hits = Search("补偿", top: 12);

        Assert.Equal(hits.Count, hits.Select(h => h.TemplateId).Distinct().Count());
        Assert.All(hits, h => Assert.NotNull(fixture.Library.Find(h.TemplateId)!.FindClause(h.ClauseId)));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score), "scores must be ranked best first");
    }

    [Fact]
    public void FiltersByCategory()
    {
        var hits = Search("补偿", top: 12, category: "征收补偿");

        Assert.Equal(["collective-land-expropriation", "house-expropriation"], hits.Select(h => h.TemplateId).Order());
    }

    [Fact]
    public void FiltersByKind()
    {
        var civil = Search("违约责任", top: 12, kind: ContractKind.CivilContract);
        var administrative = Search("违约责任", top: 12, kind: ContractKind.AdministrativeAgreement);

        Assert.All(civil, h => Assert.Equal("民事合同", h.Kind));
        Assert.All(administrative, h => Assert.Equal("行政协议", h.Kind));
        Assert.Contains(civil, h => h.TemplateId == "lease");
        Assert.Contains(administrative, h => h.TemplateId == "concession");
    }

    [Fact]
    public void SynonymFindsTheTemplateWordedDifferently()
    {
        // Officials say 厂房用地; the template says 国有建设用地 / 工业用地.
        Assert.Equal("land-recovery", Search("厂房用地收回")[0].TemplateId);
        Assert.Equal("house-expropriation", Search("搬家费")[0].TemplateId);
    }

    [Fact]
    public void FallsBackToAnyWordWhenNoTemplateMatchesAll()
    {
        var hits = Search("特许经营 量子计算机");

        Assert.Equal("concession", hits[0].TemplateId);
    }

    [Fact]
    public void MatchesOfEveryWordRankBeforePartialMatches()
    {
        var hits = Search("临时接管 项目公司", top: 5);

        Assert.Equal("concession", hits[0].TemplateId);
        Assert.Equal("takeover", hits[0].ClauseId);
    }

    [Fact]
    public void QueryOfOnlyPunctuationReturnsNothing() => Assert.Empty(Search("，。；"));

    [Fact]
    public void IndexIsCurrentForTheLibraryItWasBuiltFrom() => Assert.True(fixture.Index.IsBuiltFrom(fixture.Library));
}
