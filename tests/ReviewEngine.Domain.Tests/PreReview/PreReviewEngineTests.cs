using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Engine-level behaviour that does not belong to one rule: robustness, spans, ordering.</summary>
public sealed class PreReviewEngineTests
{
    [Fact]
    public void FindingSpansPointIntoTheAnalysedText()
    {
        const string text = "《××镇办法》\r\n第一条 各村做好保洁。\r\n第二条 乱扔垃圾的，处五十元罚款。\r\n第三条 本办法自2026年7月1日起施行，有效期三年。";
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc, text);

        var fine = Assert.Single(report.Findings, f => f.RuleId == "N-CONT-02");
        Assert.Equal(fine.Excerpt, text[fine.Start..fine.End].Trim());
        Assert.StartsWith("第二条", fine.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void UnnumberedNoticeIsCheckedSentenceBySentence()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇关于河道保洁的通告》\n全镇居民应当爱护河道环境。向河道倾倒垃圾的，由镇执法队处二百元罚款。\n本通告自2026年7月1日起施行，有效期三年。");

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-02" && f.Clause == "序言");
    }

    [Theory]
    [InlineData("")]
    [InlineData("《》")]
    [InlineData("第一条")]
    [InlineData("0000年13月45日 有效期至0000年00月00日 九九九九九九九九九九九九年")]
    public void OddTextDoesNotBreakTheEngine(string text)
    {
        foreach (var kind in Enum.GetValues<PreReviewKind>())
        {
            var report = RuleFixture.Analyze(kind, text);
            Assert.NotNull(report.ConclusionLabel);
        }
    }

    [Fact]
    public void OutOfScopeSubmissionIsReportedOutOfScopeEvenWithoutInternalCues()
    {
        var report = RuleFixture.Analyze(PreReviewKind.OutOfScope, "《××镇关于村庄保洁的规定》\n一、村民应当保持房前屋后整洁。");

        Assert.False(report.InScope);
        Assert.Equal("N-SCOPE-01", Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void MajorDecisionIsCheckedForContentAndProcedureButNotForTheFormOfANormativeDocument()
    {
        // 713号 art 27: a major decision is reviewed for authority, procedure and substance — a fine it sets is as
        // unlawful as one in a 规范性文件 — but it has no validity period, title form or filing of its own.
        var report = RuleFixture.Analyze(PreReviewKind.MajorDecision,
            "《××镇关于实施老街改造的决定》\n一、依照《中华人民共和国物权法》组织实施。\n二、违者处一千元罚款。");

        Assert.Equal(["N-BASIS-01", "N-CONT-02"], report.Findings.Where(f => f.Severity > FindingSeverity.Advice).Select(f => f.RuleId).Distinct().Order());
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "N-TIME-02" or "N-FORM-01" or "N-PUB-01" or "N-SCOPE-01");
    }
}
