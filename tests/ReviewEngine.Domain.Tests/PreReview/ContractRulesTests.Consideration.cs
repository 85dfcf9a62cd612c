using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>The consideration test's weights: accessory promises leave the deal, its price does not (ADR 0021).</summary>
public sealed partial class ContractRulesTests
{
    [Fact]
    public void AccessoryPromisesLeaveTheDealWhileALandPremiumRefundWithAnotherUnlawfulPromiseRemovesIt()
    {
        const string exclusivity = "第四条 五年内甲方不在本镇引进与乙方同类的生产项目。";
        var accessory = Investment(exclusivity + "\n第五条 甲方为乙方向银行申请的贷款提供担保。");
        var taxAndExclusivity = Investment(exclusivity + "\n第五条 甲方按乙方实缴增值税地方留成部分的百分之五十给予奖励。");
        var refundAndExclusivity = Investment(exclusivity + "\n第五条 乙方缴纳土地出让金后，甲方按已缴土地出让金的百分之六十返还乙方。");

        Assert.Equal("修改后签订", accessory.ConclusionLabel);
        Assert.Equal("修改后签订", taxAndExclusivity.ConclusionLabel);
        Assert.Contains(taxAndExclusivity.Findings, f => f.RuleId == "C-FIN-01" && f.Severity == FindingSeverity.Blocking);
        Assert.Equal("不同意签订", refundAndExclusivity.ConclusionLabel);
        Assert.Contains("对价", refundAndExclusivity.ConclusionReason, StringComparison.Ordinal);
    }
}
