using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Who the document empowers (N-SUBJ-02): one defect per provision, whichever rule names it.</summary>
public sealed partial class NormativeDocumentRulesTests
{
    // An ad-hoc issuer interpreting its own document is one defect (N-SUBJ-01), not two; the issuer's office is a body of its own.
    [Theory]
    [InlineData("××镇美丽城镇建设工作领导小组", "三、本办法由××镇美丽城镇建设工作领导小组负责解释。", false)]
    [InlineData("××镇美丽城镇建设工作领导小组", "三、本办法由××镇美丽城镇建设工作领导小组办公室负责解释。", true)]
    [InlineData("××镇人民政府", "三、本办法由镇美丽城镇建设工作领导小组负责解释。", true)]
    public void TheIssuerInterpretingItsOwnDocumentIsTheSubjectRulesQuestion(string issuer, string article, bool subj02)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇村庄环境卫生管理办法》\n一、为改善村庄环境，制定本办法。\n二、村民应当按时清扫房前屋后。\n" + article + "\n四、本办法自2026年6月1日起施行，有效期三年。",
            CompleteMeta with { Issuer = issuer });

        Assert.Equal(subj02, report.Findings.Any(f => f.RuleId == "N-SUBJ-02"));
    }

    // The office named as approver of an approval the document may not create is corrected by deleting the approval
    // (N-CONT-01): one defect, not two. An ad-hoc body given external power, or an office approving what is otherwise
    // lawful, stays a defect of its own.
    [Theory]
    [InlineData("二、婚丧嫁娶确需燃放的，须提前三日向镇平安办申请，经同意后在指定地点燃放。", true, false)]
    [InlineData("二、出租人未按期报送台账的，由镇平安办责令其缴纳整改金二千元。", true, false)]
    [InlineData("二、操办婚宴的，须经镇移风易俗工作领导小组办公室审核同意后方可举办。", true, true)]
    [InlineData("二、本办法由镇农业农村办公室负责解释。", false, true)]
    public void AnOfficeApprovingWhatMustBeDeletedIsOneDefect(string article, bool deleted, bool subj02)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇村庄管理办法》\n一、为规范管理，制定本办法。\n" + article + "\n三、本办法自2026年6月1日起施行，有效期三年。",
            CompleteMeta);

        Assert.Equal(deleted, report.Findings.Any(f => f.RuleId.StartsWith("N-CONT-", StringComparison.Ordinal) && f.Severity >= FindingSeverity.Minor));
        Assert.Equal(subj02, report.Findings.Any(f => f.RuleId == "N-SUBJ-02"));
    }
}
