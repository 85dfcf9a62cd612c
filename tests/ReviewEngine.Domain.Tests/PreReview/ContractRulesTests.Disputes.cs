using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Remedies in a 行政协议 run one way: no arbitration (C-DISP-01), no self-help (C-COMP-04), the agency decides
/// and applies to the court instead of suing (C-DISP-04).</summary>
public sealed partial class ContractRulesTests
{
    [Fact]
    public void SelfHelpEvictionIsFlaggedButApplyingToTheCourtIsNot()
    {
        var selfHelp = Works("第九条 逾期不腾退的，甲方可以组织力量强制腾退。");
        var court = Works("第九条 逾期不腾退的，甲方经书面催告后依法申请人民法院强制执行。");

        Assert.Contains(selfHelp.Findings, f => f.RuleId == "C-COMP-04");
        Assert.DoesNotContain(court.Findings, f => f.RuleId == "C-COMP-04");
    }

    [Fact]
    public void ArbitrationIsVoidInAnAdministrativeAgreementButAllowedInACivilContract()
    {
        const string clause = "第十条 因本合同发生的争议，提交金华仲裁委员会仲裁。";
        var administrative = Investment(clause);
        var civil = Works(clause);

        Assert.Contains(administrative.Findings, f => f.RuleId == "C-DISP-01" && f.Clause == "第十条");
        Assert.DoesNotContain(civil.Findings, f => f.RuleId == "C-DISP-01");
    }

    // In a house-expropriation compensation agreement the agency does not sue: it decides and applies for enforcement
    // (行政协议规定 art 24). A mutual suit clause is C-DISP-04; restating 条例 art 25(2) word for word is not.
    [Theory]
    [InlineData("第九条 因本协议发生争议的，任何一方均可以向金华市婺城区人民法院提起诉讼。", true)]
    [InlineData("第九条 补偿协议订立后，一方不履行本协议约定义务的，另一方可以依法提起诉讼。", false)]
    public void MutualSuitsInAHouseExpropriationAgreementRunOneWay(string clause, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《国有土地上房屋征收补偿协议》 甲方（房屋征收部门）：××区住房和城乡建设局 乙方（被征收人）：张某\n鉴于区人民政府已作出房屋征收决定，\n"
            + "第一条 乙方选择货币补偿，补偿金额为人民币壹佰万元。\n" + clause);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-DISP-04" && f.Severity >= FindingSeverity.Minor));
    }
}
