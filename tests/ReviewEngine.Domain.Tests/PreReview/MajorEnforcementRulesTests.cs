using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Issue 21 item 4: the 法制审核 checklist of a major enforcement decision and its opinion vocabulary (同意 / 建议修改 / 不同意).</summary>
public sealed class MajorEnforcementRulesTests
{
    private const string Decision =
        "《××镇人民政府行政处罚决定书（草稿）》\n当事人：××建材有限公司。\n"
        + "一、违法事实：经查，当事人于2026年1月在××村擅自堆放建筑垃圾约300平方米，经责令后仍未清理。\n"
        + "二、证据：以上事实有现场检查笔录、询问笔录、现场照片等证据证实。\n"
        + "三、处罚依据和决定：当事人的行为违反了《××条例》第十二条的规定，依据《××条例》第三十条，参照《××镇行政处罚裁量基准》，决定对当事人处以罚款人民币五千元。\n"
        + "四、本机关已于2026年2月10日告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知其依法享有陈述、申辩和要求听证的权利。\n"
        + "五、当事人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n××镇人民政府";

    [Fact]
    public void ACompleteDecisionGetsAgree()
    {
        var report = RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision);

        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("E-", StringComparison.Ordinal) && f.Severity >= FindingSeverity.Major);
        Assert.Equal("同意", report.ConclusionLabel);
    }

    [Fact]
    public void DetentionByATownshipGetsDisagree()
    {
        var report = RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision.Replace("罚款人民币五千元", "罚款人民币五千元，并处行政拘留五日", StringComparison.Ordinal));

        Assert.Contains(report.Findings, f => f.RuleId == "E-AUTH-01");
        Assert.Equal("不同意", report.ConclusionLabel);
    }

    [Fact]
    public void AMissingDiscretionStandardIsAPromptOnly()
    {
        // The law asks the agency to publish its benchmarks (处罚法 art 34), not the decision to quote them: a fine
        // that names no 裁量基准 is surfaced for the reviewer, it does not change the conclusion (nineteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision.Replace("参照《××镇行政处罚裁量基准》，", "", StringComparison.Ordinal));

        Assert.Contains(report.Findings, f => f.RuleId == "E-DISC-01" && f.Severity == FindingSeverity.Advice);
        Assert.Equal("同意", report.ConclusionLabel);
    }

    [Fact]
    public void AReviewPeriodShorterThanTheStatuteIsFlaggedInADecision()
    {
        // 行政复议法 art 20: sixty days. A decision that tells the party fifteen misleads it (N-CONT-08 runs on
        // enforcement decisions too, nineteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision.Replace("六十日内依法申请行政复议", "十五日内依法申请行政复议", StringComparison.Ordinal));

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-08" && f.Clause == "五");
        Assert.Equal("建议修改", report.ConclusionLabel);
    }

    [Fact]
    public void ADecisionSignedByATaskForceHasNoLawfulIssuer()
    {
        // Writers read an enforcement decision with the issuer rules too (N-SUBJ-01: a 指挥部 is no administrative
        // body); the decision gets 不同意 on that alone (nineteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision.Replace("\n××镇人民政府", "\n××镇拆违工作指挥部", StringComparison.Ordinal));

        Assert.Contains(report.Findings, f => f.RuleId == "N-SUBJ-01" && f.Curability == Curability.NotCurable);
        Assert.Equal("不同意", report.ConclusionLabel);
        Assert.DoesNotContain(RuleFixture.Analyze(PreReviewKind.MajorEnforcement, Decision).Findings, f => f.RuleId.StartsWith("N-SUBJ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRulesAreOnlyForEnforcementDecisions() =>
        Assert.All(RuleFixture.LoadRules().Rules.Where(r => r.Id.StartsWith("E-", StringComparison.Ordinal)),
            r => Assert.Equal([PreReviewKind.MajorEnforcement], r.Kinds));
}
