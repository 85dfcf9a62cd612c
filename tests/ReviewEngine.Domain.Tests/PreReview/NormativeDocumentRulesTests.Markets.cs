using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Who sets a price and who closes a farm (twentieth session): a fee paid to the operating firm is no levy of the
/// township, but a township fixing that fee interferes with a market price (N-FC-04); closing or moving a farm in a
/// no-livestock zone is the county government's (畜禽规模养殖污染防治条例 art 25, N-AUTH-01).
/// </summary>
public sealed partial class NormativeDocumentRulesTests
{
    private static PreReviewReport AnalyzeArticle(string article) =>
        RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇餐厨垃圾和畜禽养殖管理办法》\n一、为改善镇域环境，制定本办法。\n" + article + "\n三、本办法自2026年6月1日起施行，有效期三年。",
            CompleteMeta);

    [Theory]
    [InlineData("二、餐厨垃圾收运费按每桶每月八十元的标准，由餐饮经营者直接向收运单位缴纳。", false, true)]
    [InlineData("二、餐厨垃圾收运费由餐饮经营者与收运单位协商确定，直接向收运单位缴纳。", false, false)]
    [InlineData("二、餐饮经营者按每桶每月八十元的标准向镇人民政府缴纳餐厨垃圾收运费。", true, false)]
    public void AFeePaidToTheOperatorIsNoLevyButFixingItIsPriceInterference(string article, bool levy, bool price)
    {
        var report = AnalyzeArticle(article);

        Assert.Equal(levy, report.Findings.Any(f => f.RuleId == "N-CONT-04"));
        Assert.Equal(price, report.Findings.Any(f => f.RuleId == "N-FC-04"));
    }

    [Theory]
    [InlineData("二、禁养区内的养殖场逾期不搬迁的，由镇人民政府责令关闭。", true)]
    [InlineData("二、因禁养区划定需要关闭或者搬迁的养殖场，按照区人民政府批准的补偿方案给予补偿。", false)]
    [InlineData("二、禁养区内的养殖场，由区人民政府依法责令限期搬迁或者关闭，镇人民政府做好宣传和补偿协议签订工作。", false)]
    public void ClosingAFarmInANoLivestockZoneIsTheCountysPower(string article, bool flagged) =>
        Assert.Equal(flagged, AnalyzeArticle(article).Findings.Any(f => f.RuleId == "N-AUTH-01"));

    [Theory]
    [InlineData("二、其他快递企业不得在各行政村自行设立快递收发点。", "N-FC-01", true)]
    [InlineData("二、全乡高山蔬菜由乡属农业开发有限公司统一收购、统一销售。", "N-FC-01", true)]
    [InlineData("二、其他单位和个人不得在村道上擅自设置摊点。", "N-FC-01", false)]
    [InlineData("二、收购价格由乡人民政府每周统一公布，乡属公司按公布价格收购。", "N-FC-04", true)]
    [InlineData("二、获认定企业单次涨价幅度不得超过10%。", "N-FC-04", true)]
    [InlineData("二、经营者自主定价，镇人民政府不统一规定价格。", "N-FC-04", false)]
    public void ShuttingOutOtherFirmsAndFixingMarketPricesAreCompetitionDefects(string article, string rule, bool flagged) =>
        Assert.Equal(flagged, AnalyzeArticle(article).Findings.Any(f => f.RuleId == rule));
}
