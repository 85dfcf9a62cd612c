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

    // A clause announcing a later 补充协议 does not make the agreement a supplement; a supplement (named so in its
    // title) whose unlawful promises weigh enough falls like any agreement, even when it also keeps a lawful clause.
    [Fact]
    public void AnAgreementThatMentionsAFutureSupplementIsJudgedByItsConsideration()
    {
        const string unlawful = "第四条 乙方缴纳土地出让金后，甲方按已缴土地出让金的百分之三十给予乙方专项补助。\n"
            + "第五条 甲方按乙方实缴增值税镇级留成部分的百分之百给予奖励。\n";
        var agreement = Investment(unlawful + "第六条 本协议未尽事宜，双方另行签订补充协议。");
        var supplement = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《××镇项目投资协议之补充协议》\n甲方：××镇人民政府\n乙方：××有限公司\n第一条 乙方通过挂牌方式竞得二期用地。\n" + unlawful
            + "第六条 因公共利益需要变更或者解除本协议的，甲方依法给予乙方补偿。", Reviewed);

        Assert.Equal("不同意签订", agreement.ConclusionLabel);
        Assert.Equal("不同意签订", supplement.ConclusionLabel);
    }
}
