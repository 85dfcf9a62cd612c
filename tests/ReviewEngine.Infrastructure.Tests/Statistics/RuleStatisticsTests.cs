using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Statistics;

/// <summary>
/// Two 罗埠镇 documents in March 2026, figures by hand.
/// P: 修改后合法 with issues 1 N-FC-01 (采纳), 2 N-FC-01 (不采纳), 3 N-CONT-01 (部分采纳), 4 no rule (采纳); 预审 finding N-TIME-02.
/// Q: 不合法 with issue 1 N-CONT-01 (no feedback yet); 预审 finding N-TIME-02.
/// Adoption: N-CONT-01 1 issue, 0 adopted → 0; N-FC-01 2 issues, 1 adopted → 0.5; no rule 1 of 1 → 1.
/// Flagged (cases): N-CONT-01 2 (P, Q), N-TIME-02 2 (P, Q), N-FC-01 1 (P); plus N-PROC-01 2, which the real 智能预审
/// raises on both uploaded test drafts.
/// </summary>
public sealed class RuleStatisticsTests
{
    [Fact]
    public async Task AdoptionByRuleAndMostFlaggedRulesMatchTheHandComputedOnes()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var p = await ReachOpinionAsync(db);
        var q = await ReachOpinionAsync(db);
        await AddFindingAsync(db, p, "N-TIME-02");
        await AddFindingAsync(db, q, "N-TIME-02");
        await IssueAsync(db, p, "修改后合法", [Issue(1, "N-FC-01"), Issue(2, "N-FC-01"), Issue(3, "N-CONT-01"), Issue(4, null)]);
        await IssueAsync(db, q, "不合法", [Issue(1, "N-CONT-01")]);
        await db.ActAsync(p, "lb-drafter", "drafter", new ActionRequest("submitRevision", Comment: "已修改",
            Document: new DocumentInput("修改稿.txt", "text/plain", new string('f', 64), 1, "draft"),
            Adoptions: [new(1, AdoptionDecision.Adopted, null), new(2, AdoptionDecision.NotAdopted, "上位法另有规定"),
                new(3, AdoptionDecision.PartiallyAdopted, "部分条款保留"), new(4, AdoptionDecision.Adopted, null)]));

        var viewer = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("wc-district"));
        var stats = await db.RunAsync(sp => sp.GetRequiredService<GetReviewStatisticsHandler>().HandleAsync(
            new StatisticsQuery(viewer, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))));

        Assert.Equal(
            [new RuleAdoption("N-CONT-01", 1, 0, 1, 0), new RuleAdoption("N-FC-01", 2, 1, 0, 1), new RuleAdoption(RuleAdoption.NoRule, 1, 1, 0, 0)],
            stats.AdoptionByRule.OrderBy(r => r.RuleId == RuleAdoption.NoRule).ThenBy(r => r.RuleId, StringComparer.Ordinal));
        Assert.Equal(0.5, stats.AdoptionByRule.Single(r => r.RuleId == "N-FC-01").Rate);
        Assert.Equal(0.0, stats.AdoptionByRule.Single(r => r.RuleId == "N-CONT-01").Rate);
        Assert.Equal([new RuleFlagCount("N-CONT-01", 2), new RuleFlagCount("N-PROC-01", 2), new RuleFlagCount("N-TIME-02", 2), new RuleFlagCount("N-FC-01", 1)], stats.FlaggedRules);
    }

    private static OpinionIssue Issue(int no, string? rule) => new(no, $"第{no}条", "问题", "依据", "修改", rule, "MAJOR");

    private static async Task<Guid> ReachOpinionAsync(TestDatabase db)
    {
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "书面法律意见"));
        return id;
    }

    private static Task AddFindingAsync(TestDatabase db, Guid caseId, string rule) => db.RunAsync(async sp =>
    {
        var ctx = sp.GetRequiredService<ReviewDbContext>();
        ctx.CaseFindings.Add(new CaseFinding(caseId, 1, new string('a', 64), rule, "有效期", "MINOR", "curable", "全文", 0, 1, "x", "依据", "说明", "建议"));
        return ctx.SaveChangesAsync();
    });

    private static async Task IssueAsync(TestDatabase db, Guid id, string conclusion, OpinionIssue[] issues)
    {
        db.Clock.SetUtcNow(db.Clock.GetUtcNow().AddHours(1));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("draftOpinion", Comment: "审查意见", Conclusion: conclusion, Issues: issues));
        await db.ActAsync(id, "lb-lead", "reviewLead", new ActionRequest("approveOpinion"));
    }
}
