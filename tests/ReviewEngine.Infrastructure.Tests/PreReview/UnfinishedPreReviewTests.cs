using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.PreReview;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.PreReview;

/// <summary>
/// A pre-review whose rule runs out of time (every pattern has a one-second limit; an overloaded server reached it and
/// turned a submission into HTTP 500) must not cost the drafter the submission: the case is saved, says the pre-review
/// did not finish, and a reviewer runs it again on the stored document.
/// </summary>
public sealed class UnfinishedPreReviewTests
{
    private static readonly string Draft = """
        《罗埠镇农村生活垃圾分类管理办法》
        第一条 为推进农村生活垃圾分类减量，根据《中华人民共和国固体废物污染环境防治法》等法律法规，制定本办法。
        第二条 编号规则。
        """ + BacktrackingRules.Sentence + """

        第七条 不按规定分类投放、经劝阻仍不改正的，镇综合行政执法队可以对个人处五十元以上二百元以下罚款。
        第十条 本办法自2026年6月1日起施行，有效期至2029年5月31日。
        """;

    [Fact]
    public async Task TheSubmissionIsSavedAndAReviewerRunsThePreReviewAgain()
    {
        var dir = Path.Combine(Path.GetTempPath(), "re-tests", Guid.NewGuid().ToString("N"));
        await using var slow = await TestDatabase.CreateAsync(existingDirectory: dir,
            replace: s => s.AddSingleton<IPreReviewAnalyzer>(new PreReviewAnalyzer(BacktrackingRules.CreateIn(Path.Combine(dir, "checklists")))));
        var id = await SubmitAsync(slow);
        var (c, findings, events) = await ReadAsync(slow, id);
        Assert.Equal(PreReviewAnalyzer.TimedOut, c.PreReviewProblem);
        Assert.Null(c.PreReviewConclusion);
        Assert.Empty(findings);
        Assert.Contains(events, e => e.Action == "preReview" && e.Comment == PreReviewAnalyzer.TimedOut);
        Assert.Equal(4, await slow.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().CaseDocuments.CountAsync(d => d.CaseId == id)));

        var again = await RerunAsync(slow, id, "lb-reviewer", Roles.Reviewer);
        Assert.Equal(PreReviewAnalyzer.TimedOut, again.PreReviewProblem);

        // The same database with the project's own rules, as after the load has passed.
        await using var db = await TestDatabase.CreateAsync(existingDirectory: dir);
        var drafterRefused = await Assert.ThrowsAsync<ActionNotAllowedException>(() => RerunAsync(db, id, "lb-drafter", Roles.Drafter));
        Assert.Contains("仅审查人员、审查负责人或公职律师可以重新运行智能预审", drafterRefused.Message);

        var done = await RerunAsync(db, id, "lb-reviewer", Roles.Reviewer);
        Assert.Null(done.PreReviewProblem);
        Assert.Equal("修改后合法", done.PreReviewConclusion);
        var (_, after, _) = await ReadAsync(db, id);
        Assert.Contains(after, f => f.RuleId == "N-CONT-02" && f.Clause == "第七条");

        var twice = await Assert.ThrowsAsync<ActionRejectedException>(() => RerunAsync(db, id, "lb-reviewer", Roles.Reviewer));
        Assert.Contains("本轮智能预审已完成，无需重新运行", twice.Message);
    }

    private static async Task<Guid> SubmitAsync(TestDatabase db)
    {
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        string[] materials = ["draftingNote", "legalBasis", "publicComment"];
        var uploads = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m))
            .Prepend(DocumentUpload.From("draft.txt", "text/plain", Encoding.UTF8.GetBytes(Draft), "draft")).ToArray();
        var c = await db.RunAsync(sp => sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(new SubmitCaseCommand(drafter, MatterKind.NormativeDocument,
            "罗埠镇农村生活垃圾分类管理办法", "农业农村办", null, new Dictionary<string, string> { ["issuer"] = "罗埠镇人民政府" }, uploads)));
        return c.Id;
    }

    private static async Task<ReviewCase> RerunAsync(TestDatabase db, Guid id, string userId, string role)
    {
        var actor = await db.ActorAsync(userId, role);
        return await db.RunAsync(sp => sp.GetRequiredService<RerunPreReviewHandler>().HandleAsync(new RerunPreReviewCommand(id, actor)));
    }

    private static Task<(ReviewCase Case, List<CaseFinding> Findings, List<Domain.Audit.AuditEvent> Events)> ReadAsync(TestDatabase db, Guid id) =>
        db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<ReviewDbContext>();
            return (await context.ReviewCases.AsNoTracking().SingleAsync(c => c.Id == id),
                await context.CaseFindings.AsNoTracking().Where(f => f.CaseId == id).ToListAsync(),
                await context.AuditEvents.AsNoTracking().Where(e => e.CaseId == id).ToListAsync());
        });
}
