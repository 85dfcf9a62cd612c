using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Experts;

/// <summary>
/// Expert consultation through the use cases on a real database: the reviewer's request draws the panel, experts
/// answer or decline (and are replaced by a new draw), and the deadline tick completes a late panel on a quorum.
/// The demo pool has five experts with accounts; four of them (expert-1, -2, -4, -5) cover 合同. Run on both providers
/// (the consultation's panel is a JSON column; the overdue query compares dates).
/// </summary>
public abstract class ConsultationFlowTests(DatabaseProvider provider)
{
    private static readonly string[] Contract = ["合同"];

    [ProviderFact]
    public async Task RequestDrawsAPanelAssignsOneTaskPerExpertAndRecordsTheDraw()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await ComplexCaseAsync(db);

        var c = await RequestAsync(db, id, seed: 42);

        Assert.Equal("expertConsultation", c.State);
        Assert.True(c.Clock.IsPaused);
        var consultation = await ConsultationAsync(db, id);
        Assert.Equal((42L, 3, new DateOnly(2026, 3, 9)), (consultation.Seed!.Value, consultation.PanelSize, consultation.DueOn!.Value));
        Assert.Equal(consultation.Members.Select(m => m.UserId).Order(), c.OpenTasks.Select(t => t.AssigneeId!).Order());
        Assert.All(c.OpenTasks, t => Assert.Equal((Roles.Expert, new DateOnly(2026, 3, 9)), (t.Role, t.DueOn!.Value)));
        Assert.DoesNotContain("expert-3", consultation.Members.Select(m => m.UserId));

        var draw = await EventAsync(db, id, "drawExperts");
        Assert.Contains("种子 42", draw.Comment);
        using var data = JsonDocument.Parse(draw.Data!);
        Assert.Equal(42, data.RootElement.GetProperty("seed").GetInt64());
        var reasons = data.RootElement.GetProperty("exclusions").EnumerateArray().Select(x => x.GetProperty("reason").GetString()).ToList();
        Assert.Contains(reasons, r => r!.Contains("专业领域不符"));
        Assert.Contains(reasons, r => r!.Contains("未关联系统账号"));

        // Replay from the trail alone: the recorded candidates with their recent counts, the seed and the day give the same panel.
        var root = data.RootElement;
        var recent = root.GetProperty("candidates").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetGuid(), x => x.GetProperty("recent").GetInt32());
        var candidates = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Experts.AsNoTracking().Where(e => recent.Keys.Contains(e.Id)).ToListAsync());
        var replay = ExpertDraw.Draw(candidates, new DrawRequest(Contract, 3, 42, DateOnly.Parse(root.GetProperty("today").GetString()!), RecentConsultations: recent));
        Assert.Equal(root.GetProperty("drawn").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()), replay.Drawn.Select(e => e.Id));
    }

    [ProviderFact]
    public async Task DeclaredConflictsExcludeAndTooFewCandidatesNamesTheConstraint()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await ComplexCaseAsync(db);
        await DeclareConflictAsync(db, "expert-2", "罗埠镇人民政府");

        var ex = await Assert.ThrowsAsync<ExpertDrawException>(() => RequestAsync(db, id, fields: ["生态环境"]));
        Assert.Contains("尚未开通系统账号", ex.Message);
        Assert.Equal("townshipReview", (await LoadAsync(db, id)).State);

        await RequestAsync(db, id, seed: 7);
        var members = (await ConsultationAsync(db, id)).Members.Select(m => m.UserId).Order().ToArray();
        Assert.Equal(["expert-1", "expert-4", "expert-5"], members);
        var draw = await EventAsync(db, id, "drawExperts");
        Assert.Contains("申报回避：起草单位「罗埠镇人民政府」", draw.Data);
    }

    [ProviderFact]
    public async Task AllAnswersCompleteTheConsultationWithMajorityAndDissent()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await ComplexCaseAsync(db);
        await RequestAsync(db, id);
        var panel = (await ConsultationAsync(db, id)).Members.Select(m => m.UserId).ToList();

        await AnswerAsync(db, id, panel[0], ExpertVerdict.AgreeWithChanges, "删除第五条后可出台", ["第五条设定罚款无依据"]);
        await AnswerAsync(db, id, panel[1], ExpertVerdict.AgreeWithChanges, "修改后可出台");
        Assert.Equal("expertConsultation", (await LoadAsync(db, id)).State);
        var c = await AnswerAsync(db, id, panel[2], ExpertVerdict.Disagree, "不宜出台");

        Assert.Equal("townshipReview", c.State);
        Assert.False(c.Clock.IsPaused);
        var summary = (await ConsultationAsync(db, id)).Summary;
        Assert.Equal(ExpertVerdict.AgreeWithChanges, summary.Majority);
        Assert.Equal([panel[2]], summary.Dissents.Select(m => m.UserId));
        var opinions = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.CaseId == id && e.Action == "giveExpertOpinion").Select(e => e.Comment).ToListAsync());
        Assert.Contains("【修改后同意】删除第五条后可出台\n要点：1. 第五条设定罚款无依据", opinions);
        Assert.All((await ConsultationAsync(db, id)).Members, m => Assert.Equal(64, m.Signature!.Length));
    }

    [ProviderFact]
    public async Task ADecliningExpertIsReplacedByANewDrawAndAnEmptyPoolLeavesTheSeatOpen()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await ComplexCaseAsync(db);
        await RequestAsync(db, id, seed: 3);
        var first = (await ConsultationAsync(db, id)).Members.Select(m => m.UserId).ToList();
        var spare = new[] { "expert-1", "expert-2", "expert-4", "expert-5" }.Except(first).Single();

        var c = await DeclineAsync(db, id, first[0], "与起草单位有合作项目");

        var open = c.OpenTasks.Where(t => t.Role == Roles.Expert).ToList();
        Assert.Equal(new[] { first[1], first[2], spare }.Order(), open.Select(t => t.AssigneeId!).Order());
        Assert.All(open, t => Assert.Equal(new DateOnly(2026, 3, 9), t.DueOn));
        var consultation = await ConsultationAsync(db, id);
        Assert.Equal(PanelMemberStatus.Declined, consultation.Members.Single(m => m.UserId == first[0]).Status);
        Assert.Contains(spare, (await EventAsync(db, id, "declineConsultation")).Data);

        c = await DeclineAsync(db, id, first[1], "出差");
        Assert.Equal(2, c.OpenTasks.Count(t => t.Role == Roles.Expert));
        Assert.Contains("专家不足，无法组成", (await EventAsync(db, id, "declineConsultation")).Data);
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => DeclineAsync(db, id, first[0], "再拒绝一次"));
    }

    [ProviderFact]
    public async Task AfterTheAnswerByDateTheDeadlineTickCompletesOnAQuorum()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await ComplexCaseAsync(db);
        await RequestAsync(db, id);
        var panel = (await ConsultationAsync(db, id)).Members.Select(m => m.UserId).ToList();
        await AnswerAsync(db, id, panel[0], ExpertVerdict.Agree, "同意");
        await AnswerAsync(db, id, panel[1], ExpertVerdict.Agree, "同意");
        var processor = db.Services.GetRequiredService<DeadlineProcessor>();

        db.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero));
        await processor.RunOnceAsync();
        Assert.Equal("expertConsultation", (await LoadAsync(db, id)).State);

        db.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero));
        await processor.RunOnceAsync();

        var c = await LoadAsync(db, id);
        Assert.Equal("townshipReview", c.State);
        Assert.False(c.Clock.IsPaused);
        Assert.Contains("达到法定人数", (await EventAsync(db, id, "consultationDeadline")).Comment);
    }

    [ProviderFact]
    public async Task AMajorDecisionDrawsFiveAndWaitsForEveryAnswer()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        string[] materials = ["decisionDraft", "draftingNote", "legalBasis", "publicParticipation"];
        var uploads = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", "内容"u8.ToArray(), m)).ToArray();
        var id = (await db.RunAsync(sp => sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(new SubmitCaseCommand(drafter, MatterKind.MajorDecision,
            "罗埠镇老旧小区改造实施方案", "村镇建设办", null, new Dictionary<string, string>(), uploads)))).Id;
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));

        await RequestAsync(db, id, fields: ["合同", "土地"]);
        var panel = (await ConsultationAsync(db, id)).Members.Select(m => m.UserId).ToList();
        Assert.Equal(5, panel.Count);

        await AnswerAsync(db, id, panel[0], ExpertVerdict.Agree, "同意");
        await AnswerAsync(db, id, panel[1], ExpertVerdict.Agree, "同意");
        Assert.Equal("expertConsultation", (await LoadAsync(db, id)).State);
        await AnswerAsync(db, id, panel[2], ExpertVerdict.Disagree, "不同意");
        await AnswerAsync(db, id, panel[3], ExpertVerdict.Agree, "同意");

        // Four of five is a majority, but before the answer-by date the dissenting voices still have their time (issue 21 item 6).
        Assert.Equal("expertConsultation", (await LoadAsync(db, id)).State);
        var c = await AnswerAsync(db, id, panel[4], ExpertVerdict.Disagree, "不同意");
        Assert.Equal("townshipReview", c.State);
    }

    internal static async Task<Guid> ComplexCaseAsync(TestDatabase db)
    {
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("markComplex", Comment: "涉及罚款设定"));
        return id;
    }

    internal static async Task<ReviewCase> RequestAsync(TestDatabase db, Guid id, long? seed = null, string[]? fields = null)
    {
        var reviewer = await db.ActorAsync("lb-reviewer", Roles.Reviewer);
        return (await db.RunAsync(sp => sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(id, reviewer,
            new ActionRequest("requestExpertConsultation", Comment: "请论证罚款条款"), Expert: new ExpertInput(fields ?? Contract, Seed: seed))))).Case;
    }

    internal static async Task<ReviewCase> AnswerAsync(TestDatabase db, Guid id, string expert, ExpertVerdict verdict, string text, string[]? points = null)
    {
        var actor = await db.ActorAsync(expert, Roles.Expert);
        return (await db.RunAsync(sp => sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(id, actor,
            new ActionRequest("giveExpertOpinion", Comment: text), Expert: new ExpertInput(Verdict: verdict, Points: points))))).Case;
    }

    private static async Task<ReviewCase> DeclineAsync(TestDatabase db, Guid id, string expert, string reason)
    {
        var actor = await db.ActorAsync(expert, Roles.Expert);
        return await db.RunAsync(sp => sp.GetRequiredService<DeclineConsultationHandler>().HandleAsync(new DeclineConsultationCommand(id, actor, reason)));
    }

    private static async Task DeclareConflictAsync(TestDatabase db, string userId, string party)
    {
        var admin = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("wc-admin"));
        await db.RunAsync(async sp =>
        {
            var manage = sp.GetRequiredService<ManageExpertsHandler>();
            var expert = (await manage.ListAsync(admin)).Single(e => e.UserId == userId);
            return await manage.SaveAsync(admin, expert.Id, expert.ToProfile() with { Conflicts = [party] });
        });
    }

    private static Task<ReviewCase> LoadAsync(TestDatabase db, Guid id) =>
        db.RunAsync(sp => CaseStore.LoadRequiredAsync(sp.GetRequiredService<ReviewDbContext>(), id, CancellationToken.None));

    internal static Task<ExpertConsultation> ConsultationAsync(TestDatabase db, Guid id) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().ExpertConsultations.AsNoTracking().SingleAsync(x => x.CaseId == id));

    private static Task<Domain.Audit.AuditEvent> EventAsync(TestDatabase db, Guid id, string action) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.CaseId == id && e.Action == action).OrderByDescending(e => e.Sequence).FirstAsync());
}

public sealed class ConsultationFlowOnSqliteTests() : ConsultationFlowTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class ConsultationFlowOnPostgreSqlTests() : ConsultationFlowTests(DatabaseProvider.PostgreSql);
