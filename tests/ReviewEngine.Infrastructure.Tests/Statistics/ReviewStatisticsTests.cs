using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Statistics;

/// <summary>
/// Five 罗埠镇 normative documents in March 2026, all submitted and (four) accepted Mon 03-02 (due Mon 03-23), figures by hand:
/// A opinion Fri 03-06 → 4 WD, 合法; B Fri 03-13 → 9 WD, 合法; C Tue 03-24 → 16 WD, 不合法, overdue;
/// E 补正 Mon 03-09 → Wed 03-11 (2 WD paused), opinion Fri 03-13 → 9 − 2 = 7 WD, 合法; D never accepted.
/// Durations 4, 7, 9, 16: median 8, P90 (nearest rank) 16; overdue 1 of 4.
/// </summary>
public abstract class ReviewStatisticsTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task FiguresMatchTheHandComputedOnes()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9), provider: provider);
        var a = await OpenAndReachOpinionAsync(db);
        var b = await OpenAndReachOpinionAsync(db);
        var c = await OpenAndReachOpinionAsync(db);
        var e = await OpenAndReachOpinionAsync(db);
        await db.SubmitNormativeDocumentAsync();

        await IssueAsync(db, ChinaAt(2026, 3, 6, 10), a, "合法");
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 9, 10));
        await db.ActAsync(e, "lb-reviewer", "reviewer", new ActionRequest("requestReviewSupplement", Comment: "缺少征求意见材料"));
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 11, 10));
        await db.ActAsync(e, "lb-drafter", "drafter", new ActionRequest("submitSupplement",
            Document: new DocumentInput("征求意见.txt", "text/plain", new string('e', 64), 1, "publicComment")));
        await IssueAsync(db, ChinaAt(2026, 3, 13, 10), b, "合法");
        await IssueAsync(db, ChinaAt(2026, 3, 13, 11), e, "合法");
        await IssueAsync(db, ChinaAt(2026, 3, 24, 10), c, "不合法");

        var district = await StatisticsAsync(db, "wc-district");

        Assert.Equal(5, district.Received);
        Assert.Equal(0, district.Closed);
        Assert.Equal(4, district.OpinionsIssued);
        Assert.Equal(8.0, district.MedianWorkingDays);
        Assert.Equal(16, district.Percentile90WorkingDays);
        Assert.Equal(1, district.Overdue);
        Assert.Equal(0.25, district.OverdueRate);
        Assert.Equal(new Dictionary<string, int> { ["不合法"] = 1, ["合法"] = 3 }, district.Conclusions);
        Assert.Equal(0, district.ExpertConsultations);

        var otherTownship = await StatisticsAsync(db, "cb-reviewer");
        Assert.Equal(0, otherTownship.Received);
        Assert.Null(otherTownship.MedianWorkingDays);
        Assert.Null(otherTownship.OverdueRate);
        Assert.Equal(0, (await StatisticsAsync(db, "wc-district", kind: "ADMIN_AGREEMENT")).Received);
        Assert.Equal(5, (await StatisticsAsync(db, "lb-reviewer")).Received);
    }

    private static async Task<Guid> OpenAndReachOpinionAsync(TestDatabase db)
    {
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "书面法律意见"));
        return id;
    }

    private static async Task IssueAsync(TestDatabase db, DateTimeOffset at, Guid id, string conclusion)
    {
        db.Clock.SetUtcNow(at);
        OpinionIssue[]? issues = conclusion == "合法" ? null : [new OpinionIssue(1, "第五条", "自设收费", "固体废物污染环境防治法", "删除第五条")];
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("draftOpinion", Comment: "审查意见", Conclusion: conclusion, Issues: issues));
        await db.ActAsync(id, "lb-lead", "reviewLead", new ActionRequest("approveOpinion"));
    }

    private static async Task<ReviewStatistics> StatisticsAsync(TestDatabase db, string userId, string? kind = null)
    {
        var viewer = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId));
        return await db.RunAsync(sp => sp.GetRequiredService<GetReviewStatisticsHandler>().HandleAsync(
            new StatisticsQuery(viewer, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), kind)));
    }
}

public sealed class ReviewStatisticsOnSqliteTests() : ReviewStatisticsTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class ReviewStatisticsOnPostgreSqlTests() : ReviewStatisticsTests(DatabaseProvider.PostgreSql);
