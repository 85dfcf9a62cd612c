using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Matters of the authority table added in the twentieth session, each with the lawful form a reviewer accepts: a
/// township may propose, assist, refer or carry out under the competent body, not decide what the statute gives to the
/// county government or a department (N-AUTH-01, not curable).
/// </summary>
public sealed class TownshipPowersTests
{
    private static readonly PreReviewMeta Decision = new() { Issuer = "金华市婺城区罗埠镇人民政府", PublicCommentDays = 30 };

    private static readonly PreReviewMeta Document = new()
    {
        Issuer = "金华市婺城区罗埠镇人民政府",
        PublicCommentDays = 30,
        FairCompetitionReview = true,
        Attachments = ["起草说明", "征求意见情况", "公平竞争审查表"],
    };

    private static bool BeyondPower(PreReviewKind kind, string title, string article)
    {
        var meta = kind == PreReviewKind.MajorDecision ? Decision : Document;
        var text = title + "\n一、为做好相关工作，经镇党政联席会议集体讨论，制定本" + (kind == PreReviewKind.MajorDecision ? "决定" : "办法") + "。\n" + article
            + "\n三、本" + (kind == PreReviewKind.MajorDecision ? "决定" : "办法") + "自2026年7月1日起施行，有效期三年。";
        return RuleFixture.Analyze(kind, text, meta, title).Findings.Any(f => f.RuleId == "N-AUTH-01");
    }

    [Theory]
    [InlineData("罗埠镇人民政府关于古方村与临江村合并的决定", "二、古方村与临江村合并，设立新的临江村村民委员会。", true)]
    [InlineData("罗埠镇人民政府关于提请古方村与临江村合并的决定", "二、古方村与临江村合并事项，经两村村民会议讨论同意后报区人民政府批准。", false)]
    [InlineData("罗埠镇人民政府关于撤并七里小学的决定", "二、自2026年9月起撤并七里小学，学生并入镇中心小学就读。", true)]
    [InlineData("罗埠镇人民政府关于配合七里小学布局调整的决定", "二、七里小学撤并经区人民政府批准后，镇人民政府配合做好学生转学和校车接送工作。", false)]
    [InlineData("罗埠镇人民政府关于乡村道路提升工程资金筹措的决定", "二、镇人民政府以自己名义向金华某农村商业银行借款三千万元用于道路提升。", true)]
    [InlineData("罗埠镇人民政府关于同意镇强村公司申请项目贷款的决定", "二、同意镇强村发展有限公司以自有资产向银行申请项目贷款，镇人民政府不提供担保。", false)]
    public void AMajorDecisionMayNotDecideWhatBelongsToTheCounty(string title, string article, bool flagged) =>
        Assert.Equal(flagged, BeyondPower(PreReviewKind.MajorDecision, title, article));

    [Theory]
    [InlineData("二、镇劳动保障网格员可以随时进入用人单位检查劳动用工和工资支付情况。", true)]
    [InlineData("二、网格员发现拖欠工资线索的，及时移送区人力资源和社会保障局依法处理。", false)]
    [InlineData("二、在建工程的施工总承包单位应当将工资保证金缴存至镇财政专户，由镇社会事务办公室核定和退还。", true)]
    [InlineData("二、工资保证金由施工总承包单位在经办银行存储，由区人力资源和社会保障局依法监管。", false)]
    [InlineData("二、乡道两侧建筑控制区的范围，从公路用地外缘起向外3米。", true)]
    [InlineData("二、建筑控制区按照区人民政府划定并公告的范围执行。", false)]
    [InlineData("二、总质量10吨以上的货车禁止驶入本镇乡道、村道。", true)]
    [InlineData("二、未办理登记的电动自行车不得进入小区集中停放点充电。", false)]
    public void ANormativeDocumentMayNotTakeADepartmentsPower(string article, bool flagged) =>
        Assert.Equal(flagged, BeyondPower(PreReviewKind.NormativeDoc, "罗埠镇劳动用工和道路管理办法", article));

    [Theory]
    [InlineData("罗埠镇人民政府关于向镇城乡建设发展有限公司增加注册资本的决定", false)]
    [InlineData("罗埠镇人民政府关于公开招租原罗埠中学闲置校舍的决定", false)]
    [InlineData("罗埠镇人民政府关于集镇农贸市场搬迁的决定", true)]
    public void ACommentPeriodUnderThirtyDaysMattersForDecisionsTouchingThePublic(string title, bool flagged)
    {
        var text = title + "\n一、经镇党政联席会议集体讨论，决定如下。\n二、具体事项由镇人民政府组织实施，涉及村民、经营户的，依法做好解释工作。\n三、本决定自印发之日起施行。";
        var report = RuleFixture.Analyze(PreReviewKind.MajorDecision, text, Decision with { PublicCommentDays = 7 }, title);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-PROC-01" && f.Severity >= FindingSeverity.Minor));
    }
}
