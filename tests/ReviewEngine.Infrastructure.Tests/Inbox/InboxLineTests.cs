using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Persistence.ReadModels;

namespace ReviewEngine.Infrastructure.Tests.Inbox;

/// <summary>
/// 我的待办's read model (ADR 0009): after a run of actions and task operations the lines kept by the saves equal the
/// lines the source tables define (what the inbox joined before) and what `review db rebuild-views` makes of them.
/// </summary>
public abstract class InboxLineTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task LinesKeptByTheActionsEqualTheSourceAndAFreshRebuild()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await RunDayOfWorkAsync(db);

        var kept = await LinesAsync(db);
        var source = await db.RunAsync(sp => InboxLineSource.ReadAsync(sp.GetRequiredService<IReviewDbContext>()));
        var rebuild = await RebuildAsync(db);

        Assert.Equal(Text(source), Text(kept));
        Assert.True(rebuild.WasInStep, rebuild.ToString());
        Assert.Equal(source.Count, rebuild.Lines);
        Assert.Equal(Text(kept), Text(await LinesAsync(db)));
        Assert.Contains(kept, l => l.AssigneeId == "lb-reviewer"); // the run left claimed, unclaimed and lawyer tasks
        Assert.Contains(kept, l => l.AssigneeId == null && l.Role == Roles.Reviewer);
        Assert.Contains(kept, l => l.Role == Roles.Lawyer);
    }

    [ProviderFact]
    public async Task RebuildRepairsLinesThatDriftedAndASecondRebuildFindsThemInStep()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await RunDayOfWorkAsync(db);
        var source = await db.RunAsync(sp => InboxLineSource.ReadAsync(sp.GetRequiredService<IReviewDbContext>()));
        var (lost, renamed) = (source[0].TaskId, source[1].TaskId);
        await db.ExecuteSqlAsync($"DELETE FROM \"InboxLines\" WHERE \"TaskId\" = '{Key(lost)}'");
        await db.ExecuteSqlAsync($"UPDATE \"InboxLines\" SET \"Title\" = '改过的标题' WHERE \"TaskId\" = '{Key(renamed)}'");
        await db.ExecuteSqlAsync($"INSERT INTO \"InboxLines\" SELECT '{Key(Guid.CreateVersion7())}', \"CaseId\", \"CaseNumber\", \"Title\", \"Kind\", \"WorkflowId\", \"State\", \"Role\", "
            + $"\"OrganisationId\", \"AssigneeId\", \"ExcludedUserId\", \"DueOn\", \"CreatedAtUtc\" FROM \"InboxLines\" WHERE \"TaskId\" = '{Key(renamed)}'");

        var first = await RebuildAsync(db);
        var second = await RebuildAsync(db);

        Assert.Equal(new ReadModelRebuild(source.Count, Added: 1, Removed: 1, Corrected: 1), first);
        Assert.Equal(new ReadModelRebuild(source.Count, 0, 0, 0), second);
        Assert.Equal(Text(source), Text(await LinesAsync(db)));
    }

    [ProviderFact]
    public async Task AContextThatSavesSeveralActionsKeepsTheLinesOfEach()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        var registrar = await db.ActorAsync("lb-registrar", Roles.Registrar);
        var reviewer = await db.ActorAsync("lb-reviewer", Roles.Reviewer);

        // One scope, so one context, as the workflow bench runs: the second save still tracks the first one's line.
        await db.RunAsync(async sp =>
        {
            var perform = sp.GetRequiredService<PerformCaseActionHandler>();
            await perform.HandleAsync(new PerformCaseActionCommand(id, registrar, new ActionRequest("accept")));
            await perform.HandleAsync(new PerformCaseActionCommand(id, reviewer, new ActionRequest("markComplex", Comment: "涉及罚款设定")));
            return await perform.HandleAsync(new PerformCaseActionCommand(id, reviewer, new ActionRequest("requestLawyerOpinion")));
        });

        var source = await db.RunAsync(sp => InboxLineSource.ReadAsync(sp.GetRequiredService<IReviewDbContext>()));
        Assert.Equal(Text(source), Text(await LinesAsync(db)));
        Assert.Equal(Roles.Lawyer, Assert.Single(source).Role);
    }

    /// <summary>Submissions, acceptance into the reviewers' pool, claim, release, 内部分离, a lawyer's task and its answer.</summary>
    private static async Task RunDayOfWorkAsync(TestDatabase db)
    {
        var registering = await db.SubmitNormativeDocumentAsync();
        var claimed = await db.SubmitNormativeDocumentAsync();
        var released = await db.SubmitNormativeDocumentAsync();
        var lawyer = await db.SubmitNormativeDocumentAsync();
        foreach (var id in new[] { claimed, released, lawyer })
        {
            await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
            db.Clock.Advance(TimeSpan.FromDays(1));
        }

        await TaskAsync(db, claimed, TaskOperation.Claim);
        await db.ActAsync(claimed, "lb-reviewer", Roles.Reviewer, new ActionRequest("markComplex", Comment: "涉及罚款设定"));
        await TaskAsync(db, released, TaskOperation.Claim);
        await TaskAsync(db, released, TaskOperation.Release);
        await db.ActAsync(lawyer, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestLawyerOpinion"));
        var answered = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(answered, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(answered, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(answered, "lb-lawyer", Roles.Lawyer, new ActionRequest("submitLawyerOpinion", Comment: "已出具书面法律意见"));
        Assert.NotEqual(Guid.Empty, registering);
    }

    private static Task<ReviewCase> TaskAsync(TestDatabase db, Guid caseId, TaskOperation operation) => db.RunAsync(async sp =>
    {
        var ctx = sp.GetRequiredService<ReviewDbContext>();
        var task = await ctx.WorkItems.SingleAsync(t => t.CaseId == caseId && t.Status == WorkItemStatus.Open);
        var actor = await sp.GetRequiredService<ActorResolver>().ResolveAsync("lb-reviewer", Roles.Reviewer);
        return await sp.GetRequiredService<ManageTaskHandler>().HandleAsync(new ManageTaskCommand(caseId, task.Id, actor, operation));
    });

    private static Task<ReadModelRebuild> RebuildAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<ReadModelRebuilder>().RebuildAsync());

    private static Task<List<InboxLine>> LinesAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().InboxLines.AsNoTracking().ToListAsync());

    private static List<string> Text(IEnumerable<InboxLine> lines) => lines.OrderBy(l => l.TaskId).Select(l => l.ToString()).ToList();

    // A Guid as each provider stores it: upper-case text on SQLite, a uuid literal on PostgreSQL.
    private string Key(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString();
}

public sealed class InboxLineOnSqliteTests() : InboxLineTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class InboxLineOnPostgreSqlTests() : InboxLineTests(DatabaseProvider.PostgreSql);
