using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Concessions and operation agreements (twentieth session): exclusivity over the thing granted is the grant itself,
/// exclusivity over the township's market is not; a term extended by negotiation avoids the competitive reselection;
/// route licences and public-utility prices belong to the district departments.
/// </summary>
public sealed partial class ContractRulesTests
{
    private const string ConcessionParties =
        "《××镇农村供水特许经营协议》 甲方：××镇人民政府（经××区人民政府授权作为实施机构） 乙方：××水务有限公司\n"
        + "第一条 甲方依法授予乙方××镇八个行政村农村供水的特许经营权，期限二十五年。\n";

    private static PreReviewReport AnalyzeConcession(string articles) =>
        RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            ConcessionParties + articles + PublicInterestClause + "第十条 本协议自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "特许经营", Attachments = ["授权文件", "实施方案批复"] });

    [Theory]
    [InlineData("第三条 在第一条约定的范围内，乙方依法享有供水运营的排他性权利，甲方不在该范围内另行授予他人同类特许经营权。\n", false)]
    [InlineData("第三条 甲方不在同一线路走向上重复授予其他经营者运营权。\n", false)]
    [InlineData("第三条 经营期内，甲方不再允许其他企业在本镇镇域内从事瓶装液化石油气的经营活动。\n", true)]
    [InlineData("第三条 合作期内，甲方不再许可其他经营者经营本镇镇域内的农村客运班线。\n", true)]
    public void ExclusivityOverTheGrantIsTheGrantExclusivityOverTheMarketIsNot(string clause, bool flagged) =>
        Assert.Equal(flagged, AnalyzeConcession(clause).Findings.Any(f => f.RuleId == "C-FC-01"));

    [Theory]
    [InlineData("第三条 原协议约定的特许经营期限延长十年，至2039年6月30日止。\n", true)]
    [InlineData("第三条 作为对乙方的补偿，特许经营期限延长二年，至2035年6月30日止，并报区人民政府批准。\n", false)]
    [InlineData("第三条 特许经营期限届满需要继续采用特许经营方式的，甲方依法重新选择特许经营者，乙方在同等条件下优先。\n", false)]
    public void ATermExtendedByNegotiationAvoidsTheReselection(string clause, bool flagged) =>
        Assert.Equal(flagged, AnalyzeConcession(clause).Findings.Any(f => f.RuleId == "C-PROC-01"));

    [Theory]
    [InlineData("第三条 甲方授予乙方××—××农村客运班线的经营权，经营期限十年。\n", true)]
    [InlineData("第三条 自2027年1月1日起，农村供水价格每年上调百分之五，甲方负责落实。\n", true)]
    [InlineData("第三条 乙方依法取得区交通运输主管部门的班线经营许可后，甲方协助做好候车设施建设。\n", false)]
    [InlineData("第三条 供水价格由区价格主管部门依法核定，甲方不作价格承诺。\n", false)]
    public void RouteLicencesAndUtilityPricesAreNotTheTownshipsToPromise(string clause, bool flagged) =>
        Assert.Equal(flagged, AnalyzeConcession(clause).Findings.Any(f => f.RuleId == "C-AUTH-01"));

    [Theory]
    [InlineData("第三条 甲方保证产业园在2026年内被认定为市级人力资源服务产业园。\n", true)]
    [InlineData("第三条 甲方确保区产业投资基金对乙方项目公司进行股权投资1.5亿元。\n", true)]
    [InlineData("第三条 甲方保证于2026年12月31日前完成项目用地范围内集体土地的征收。\n", true)]
    [InlineData("第三条 乙方申请市级产业园认定的，甲方依法提供指导，认定结果以认定机关的决定为准。\n", false)]
    public void PromisingAnotherBodysRecognitionInvestmentOrExpropriationIsBeyondTheSigner(string clause, bool flagged) =>
        Assert.Equal(flagged, RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            InvestmentParties + clause + PublicInterestClause + "第十条 本协议自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "招商引资" }).Findings.Any(f => f.RuleId == "C-AUTH-01"));

    [Theory]
    [InlineData("第一条 收回土地用途为工业，出让土地使用权终止日期为2048年11月。", false)]
    [InlineData("第一条 甲方将该地块国有建设用地使用权出让给乙方，出让金按评估价确定。", true)]
    public void DescribingTheExistingGrantIsNoLandTransfer(string clause, bool flagged) =>
        Assert.Equal(flagged, RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《国有建设用地使用权收回补偿协议》 甲方：××镇人民政府（受××区自然资源和规划局委托） 乙方：××工艺品厂\n" + clause + "\n" + PublicInterestClause + "第十条 本协议自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "土地收回", Attachments = ["委托书", "收回土地批准文件"] }).Findings.Any(f => f.RuleId == "C-AUTH-01"));
}
