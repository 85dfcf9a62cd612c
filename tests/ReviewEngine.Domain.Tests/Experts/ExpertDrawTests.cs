using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Tests.Experts;

public sealed class ExpertDrawTests
{
    [Fact]
    public void EveryIneligibleExpertIsListedWithItsReason()
    {
        var result = ExpertDraw.Draw(TestPool.Mixed(), TestPool.Request(42));
        var reasons = result.Exclusions.ToDictionary(x => x.Name, x => x.Reason);

        Assert.Equal("状态为「暂停」", reasons["专家13"]);
        Assert.StartsWith("不在聘期（2020-01-01 至 2025-12-31）", reasons["专家14"]);
        Assert.StartsWith("不在聘期", reasons["专家15"]);
        Assert.Equal("与相对人同一单位（金华某投资有限公司）", reasons["专家16"]);
        Assert.Equal("申报回避：起草单位「罗埠镇人民政府」", reasons["专家17"]);
        Assert.Equal("申报回避：审查人员「张审查」", reasons["专家18"]);
        Assert.Equal(6, result.Exclusions.Count);
        Assert.Equal(12, result.Candidates.Count);
        Assert.Equal(42, result.Seed);
    }

    [Fact]
    public void TheReviewerAndEarlierRoundExpertsAreExcluded()
    {
        var pool = TestPool.Mixed();
        pool.Add(TestPool.Make(19, OrganisationType.LawFirm, "合同", userId: "lb-reviewer"));
        var earlier = pool[0].Id;

        var result = ExpertDraw.Draw(pool, TestPool.Request(1) with { Excluded = new Dictionary<Guid, string> { [earlier] = "曾参加本案第1轮论证" } });

        Assert.Contains(result.Exclusions, x => x.Name == "专家19" && x.Reason == "系本案审查人员");
        Assert.Contains(result.Exclusions, x => x.ExpertId == earlier && x.Reason == "曾参加本案第1轮论证");
    }

    [Fact]
    public void TooFewCandidatesNamesTheConstraintThatEmptiedThePool()
    {
        var pool = TestPool.Mixed();

        var byField = Assert.Throws<ExpertDrawException>(() => ExpertDraw.Draw(pool, TestPool.Request(1, 3, "生态环境")));
        var byGovernment = Assert.Throws<ExpertDrawException>(() => ExpertDraw.Draw(
            [TestPool.Make(1, OrganisationType.GovernmentDepartment, "土地"), TestPool.Make(2, OrganisationType.GovernmentDepartment, "土地"), TestPool.Make(3, OrganisationType.LawFirm, "土地")],
            TestPool.Request(1, 3, "土地")));
        var byTerm = Assert.Throws<ExpertDrawException>(() => ExpertDraw.Draw(pool.Where(e => TestPool.Number(e) is 1 or 2 or 14 or 15), TestPool.Request(1)));

        Assert.Equal("专业领域（生态环境）", byField.Constraint);
        // In a reviewer's words: how many, excluded for what, which field was short, what to do.
        Assert.Contains("还需抽取 3 名", byField.Message);
        Assert.Contains("专业领域不含「生态环境」", byField.Message);
        Assert.Contains("「生态环境」0 名", byField.Message);
        Assert.Contains("建议：", byField.Message);
        Assert.DoesNotContain("筛选", byField.Message);
        Assert.StartsWith("政府部门专家不超过三分之一", byGovernment.Constraint);
        Assert.Equal("聘期", byTerm.Constraint);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(0)]
    public void EvenPanelSizesAreRefused(int size) =>
        Assert.Throws<DomainException>(() => ExpertDraw.Draw(TestPool.Mixed(), TestPool.Request(1, size)));

    [Fact]
    public void ExpertsWithFewerRecentConsultationsArePreferred()
    {
        var pool = TestPool.Mixed();
        var busy = pool.Take(12).Where(e => TestPool.Number(e) is not (2 or 5 or 7)).ToDictionary(e => e.Id, _ => 3);

        for (var seed = 0L; seed < 200; seed++)
        {
            var panel = ExpertDraw.Draw(pool, TestPool.Request(seed) with { RecentConsultations = busy }).Panel;

            Assert.Equal([2, 5, 7], panel.Select(TestPool.Number).Order());
        }
    }

    [Fact]
    public void EveryRequestedFieldIsCoveredWhenThePoolAllows()
    {
        var pool = Enumerable.Range(1, 8).Select(n => TestPool.Make(n, OrganisationType.LawFirm, "合同"))
            .Append(TestPool.Make(9, OrganisationType.University, "生态环境")).Append(TestPool.Make(10, OrganisationType.University, "劳动")).ToList();

        for (var seed = 0L; seed < 300; seed++)
        {
            var result = ExpertDraw.Draw(pool, new DrawRequest(["合同", "生态环境", "劳动", "规划"], 3, seed, TestPool.Today));

            Assert.Contains(result.Panel, e => e.Covers("生态环境"));
            Assert.Contains(result.Panel, e => e.Covers("劳动"));
            Assert.Contains(result.Panel, e => e.Covers("合同"));
            Assert.Equal(["规划"], result.UncoveredFields);
        }
    }

    [Fact]
    public void AReplacementKeepsThePanelAndItsGovernmentShare()
    {
        var pool = TestPool.Mixed();
        var government = pool.First(e => e.IsGovernment);
        var keep = new[] { government, pool.First(e => e.OrganisationType == OrganisationType.LawFirm) };

        for (var seed = 0L; seed < 300; seed++)
        {
            var result = ExpertDraw.Draw(pool, TestPool.Request(seed) with { Keep = keep });

            var drawn = Assert.Single(result.Drawn);
            Assert.False(drawn.IsGovernment);
            Assert.DoesNotContain(drawn, keep);
            Assert.Equal(3, result.Panel.Count);
        }
    }
}
