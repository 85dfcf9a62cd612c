using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Domain.Tests.Experts;

/// <summary>Properties that must hold for every seed, checked over many seeds.</summary>
public sealed class ExpertDrawPropertyTests
{
    private static readonly List<Expert> Pool = TestPool.Mixed();

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void NoDrawEverPicksAnIneligibleExpertOrBreaksTheOneThirdRule(int size)
    {
        for (var seed = 0L; seed < 2000; seed++)
        {
            var result = ExpertDraw.Draw(Pool, TestPool.Request(seed, size));

            Assert.Equal(size, result.Panel.Count);
            Assert.Equal(size, result.Panel.Distinct().Count());
            Assert.True(result.Panel.Count % 2 == 1);
            Assert.DoesNotContain(result.Panel, e => TestPool.NeverEligible.Contains(TestPool.Number(e)));
            Assert.All(result.Panel, e => Assert.True(e.Status == ExpertStatus.Active && e.InTermOn(TestPool.Today)));
            Assert.True(result.Panel.Count(e => e.IsGovernment) * 3 <= size, $"seed {seed}: government experts above one third");
            Assert.Empty(result.UncoveredFields);
            Assert.Contains(result.Panel, e => e.Covers("土地"));
            Assert.Contains(result.Panel, e => e.Covers("合同"));
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSamePanelWhateverTheOrderOfThePool()
    {
        for (var seed = 0L; seed < 500; seed++)
        {
            var first = ExpertDraw.Draw(Pool, TestPool.Request(seed)).Panel.Select(e => e.Id);
            var shuffled = Pool.AsEnumerable().Reverse().ToList();
            var again = ExpertDraw.Draw(shuffled, TestPool.Request(seed)).Panel.Select(e => e.Id);

            Assert.Equal(first, again);
        }
    }

    [Fact]
    public void DifferentSeedsGiveDifferentPanels()
    {
        var panels = Enumerable.Range(0, 200).Select(s => string.Join(",", ExpertDraw.Draw(Pool, TestPool.Request(s)).Panel.Select(e => e.Name).Order())).Distinct().Count();

        Assert.True(panels > 30, $"only {panels} distinct panels in 200 draws");
    }

    /// <summary>
    /// 9 eligible non-government experts, one field, panels of 3, seeds 0–9999: each expert is expected on 3,333.3
    /// panels. Tolerance ±5 % of that (±167), about 3.5 standard deviations of the binomial (σ ≈ 47).
    /// </summary>
    [Fact]
    public void OverTenThousandDrawsEachEligibleExpertIsChosenAboutEqually()
    {
        var types = new[] { OrganisationType.University, OrganisationType.LawFirm, OrganisationType.Enterprise, OrganisationType.Association };
        var pool = Enumerable.Range(1, 9).Select(n => TestPool.Make(n, types[n % 4], "合同"))
            .Append(TestPool.Make(10, OrganisationType.LawFirm, "合同", status: ExpertStatus.Retired)).ToList();
        var counts = pool.ToDictionary(e => e.Name, _ => 0);

        for (var seed = 0L; seed < 10_000; seed++)
        {
            foreach (var e in ExpertDraw.Draw(pool, new DrawRequest(["合同"], 3, seed, TestPool.Today)).Panel)
            {
                counts[e.Name]++;
            }
        }

        const double expected = 10_000 * 3 / 9.0;
        Assert.Equal(0, counts["专家10"]);
        Assert.All(counts.Where(c => c.Key != "专家10"), c => Assert.InRange(c.Value, expected * 0.95, expected * 1.05));
    }
}
