using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>C-FC-03 reads the file's own words on the 公平竞争审查 when the form's field is empty.</summary>
public sealed partial class ContractRulesTests
{
    [Theory]
    [InlineData("公平竞争审查结论", "未开展", true)]
    [InlineData("公平竞争审查", "否", true)]
    [InlineData("公平竞争审查", "尚未提交审查", true)]
    [InlineData("公平竞争审查结论", "未发现排除、限制竞争情形", false)]
    [InlineData("公平竞争审查结论", "未发现违反公平竞争审查标准的内容", false)]
    [InlineData("公平竞争审查结论", "已开展，结论为符合", false)]
    public void AReviewTheFileSaysWasHeldIsNotReportedAsMissing(string key, string value, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            InvestmentParties + "第一条 乙方在本镇投资建设智能装备生产项目。\n" + PublicInterestClause + "第十条 本协议自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "招商引资", Facts = new Dictionary<string, string> { [key] = value } });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-FC-03" && f.Severity == FindingSeverity.Major));
    }
}
