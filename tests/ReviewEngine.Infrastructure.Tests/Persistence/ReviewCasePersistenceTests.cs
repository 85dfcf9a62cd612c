using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

public abstract class ReviewCasePersistenceTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task MigratedDatabaseHasNoPendingMigrations()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);

        var applied = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Database.GetAppliedMigrationsAsync());
        var pending = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
    }

    [ProviderFact]
    public async Task ExcludedUserMigrationKeepsTheDrafterOnReviewTasksBothWays()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        Task<Dictionary<Guid, string?>> ExcludedAsync() => db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().WorkItems
            .Where(t => t.CaseId == id).ToDictionaryAsync(t => t.Id, t => t.ExcludedUserId));
        var before = await ExcludedAsync();
        var drafter = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().ReviewCases.Where(c => c.Id == id).Select(c => c.DrafterId).SingleAsync());

        // Down to the flag and up again: the backfill must find the drafter from the case, and only for flagged tasks.
        await db.RunAsync(async sp =>
        {
            var migrator = sp.GetRequiredService<ReviewDbContext>().GetInfrastructure().GetRequiredService<IMigrator>();
            var applied = await sp.GetRequiredService<ReviewDbContext>().Database.GetAppliedMigrationsAsync();
            await migrator.MigrateAsync(applied.TakeWhile(m => !m.EndsWith("_WorkItemExcludedUser", StringComparison.Ordinal)).Last());
            await migrator.MigrateAsync();
            return 0;
        });
        var after = await ExcludedAsync();

        Assert.Equal(3, before.Count); // registration (anyone of the role), township review and lawyer (never the drafter)
        Assert.Equal(2, before.Values.Count(v => v == drafter));
        Assert.Single(before.Values, v => v is null);
        Assert.Equal(before, after);
    }

    [ProviderFact]
    public async Task CaseRoundTripsWithTasksEventsAndDocuments()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("markComplex", Comment: "涉及收费"));

        var (c, events, documents, contents) = await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            return (await ctx.ReviewCases.Include(x => x.Tasks).SingleAsync(x => x.Id == id),
                await ctx.AuditEvents.CountAsync(e => e.CaseId == id),
                await ctx.CaseDocuments.CountAsync(d => d.CaseId == id),
                await ctx.DocumentContents.CountAsync());
        });

        Assert.Equal("townshipReview", c.State);
        Assert.Equal("luobu-2026-0001", c.Number);
        Assert.Contains("complex", c.Flags);
        Assert.Equal(4, c.AttachedMaterials.Count);
        Assert.Equal(new DateOnly(2026, 3, 23), c.DueOn);
        Assert.Equal("罗埠镇人民政府", c.Metadata["issuer"]);
        Assert.Equal(2, c.Tasks.Count); // registration (completed) and review (open, claimed by the reviewer)
        Assert.Equal("lb-reviewer", c.Tasks.Single(t => t.IsOpen).AssigneeId);
        Assert.Equal(4, events); // submit, 智能预审, accept, markComplex
        Assert.Equal(4, documents);
        Assert.Equal(4, contents);
        Assert.Equal(2, c.Version); // accept, markComplex
    }

    [ProviderFact]
    public async Task TwoPeopleActingOnTheSameTaskAtOnceExactlyOneWins()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        var reviewer = await db.ActorAsync("lb-reviewer", "reviewer");

        // Both contexts load the case before either saves: the second save must fail on the version check.
        await using var scopeA = db.Services.CreateAsyncScope();
        await using var scopeB = db.Services.CreateAsyncScope();
        var a = scopeA.ServiceProvider.GetRequiredService<IReviewDbContext>();
        var b = scopeB.ServiceProvider.GetRequiredService<IReviewDbContext>();
        var caseA = await Application.Reviews.CaseStore.LoadRequiredAsync(a, id, default);
        var caseB = await Application.Reviews.CaseStore.LoadRequiredAsync(b, id, default);
        var wf = TestWorkflowsFor(scopeA.ServiceProvider, caseA);
        await caseA.PerformAsync(new ActionRequest("requestLawyerOpinion"), wf, Context(db, reviewer));
        await caseB.PerformAsync(new ActionRequest("returnToRegistration", Comment: "重新登记"), wf, Context(db, reviewer));

        await Application.Reviews.CaseStore.SaveAsync(a, caseA, [], default);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Application.Reviews.CaseStore.SaveAsync(b, caseB, [], default));

        Assert.Contains("luobu-2026-0001", conflict.Message);
        var (state, events, openTasks) = await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            return ((await ctx.ReviewCases.SingleAsync(c => c.Id == id)).State,
                await ctx.AuditEvents.CountAsync(e => e.CaseId == id),
                await ctx.WorkItems.CountAsync(t => t.CaseId == id && t.Status == WorkItemStatus.Open));
        });
        Assert.Equal("lawyerOpinion", state);
        Assert.Equal(4, events);
        Assert.Equal(1, openTasks);
    }

    // Every racer sends the version its form was rendered from, as the UI and API do: whether a loser loads
    // before or after the winner commits, it must get the conflict, never a second success.
    [ProviderFact]
    public async Task ConcurrentRequestsOnOneCaseNeverBothSucceed()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        var accepted = await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        var renderedVersion = accepted.Version;

        var attempts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"), renderedVersion);
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.GetType().Name;
            }
            catch (Exception ex)
            {
                return "unexpected " + ex;
            }
        })).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        Assert.True(outcomes.Count(o => o == "ok") == 1, string.Join("\n", outcomes));
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal(nameof(ConcurrencyConflictException), o));
        var verification = await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());
        Assert.True(verification.Single().Result.IsValid);
        Assert.Equal(4, verification.Single().Result.EventCount);
    }

    // Two app nodes (separate service providers and connection pools) on one database, as in a multi-node deployment.
    [ProviderFact]
    public async Task TwoNodesRacingOnOneCaseExactlyOneWins()
    {
        var nodeA = await TestDatabase.CreateAsync(provider: provider);
        await using var nodeB = await TestDatabase.CreateAsync(existingDirectory: nodeA.Directory, provider: provider);
        var id = await nodeA.SubmitNormativeDocumentAsync();
        var version = (await nodeA.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"))).Version;

        var outcomes = await Task.WhenAll(new[] { nodeA, nodeB, nodeA, nodeB }.Select(node => Task.Run(async () =>
        {
            try
            {
                await node.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"), version);
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.GetType().Name;
            }
        })));

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal(nameof(ConcurrencyConflictException), o));
        var verification = await nodeB.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());
        Assert.True(verification.Single().Result.IsValid);
        await nodeA.Services.DisposeAsync();
    }

    [ProviderFact]
    public async Task RejectedActionSavesNothing()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();

        await Assert.ThrowsAsync<ActionRejectedException>(() => db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("requestSupplement")));

        var c = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().ReviewCases.SingleAsync(x => x.Id == id));
        Assert.Equal(2, c.EventCount); // submit and its 智能预审
        Assert.Equal("registration", c.State);
        Assert.Equal(0, c.Version);
    }

    private static ActionContext Context(TestDatabase db, Domain.Organisations.Actor actor) =>
        new(actor, db.Clock.GetUtcNow(), db.Services.GetRequiredService<Application.Workflows.IWorkflowCatalog>().Calendar);

    private static Domain.Workflows.WorkflowDefinition TestWorkflowsFor(IServiceProvider sp, ReviewCase c) =>
        sp.GetRequiredService<Application.Workflows.IWorkflowCatalog>().Find(c.WorkflowId)!.Definition;
    [ProviderFact]
    public async Task ABrokenUniqueKeyIsRecognisedByItsErrorCodeAndOtherConstraintsAreNot()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);

        // The seeded township again: a primary-key clash, as when two writers take the same audit sequence number.
        var duplicate = await SaveFailureAsync(db, context => context.Organisations.Add(new Organisation("luobu", "罗埠镇", OrganisationKind.Township)));

        // A role link to nobody: a foreign-key violation, which must not be mistaken for a lost race.
        var dangling = await SaveFailureAsync(db, context => context.Set<IdentityUserRole<string>>().Add(new IdentityUserRole<string> { UserId = "nobody", RoleId = "nothing" }));

        Assert.True(duplicate.IsUniqueViolation, duplicate.Message);
        Assert.False(dangling.IsUniqueViolation, dangling.Message);
    }

    private static Task<(bool IsUniqueViolation, string Message)> SaveFailureAsync(TestDatabase db, Action<ReviewDbContext> change) =>
        db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<ReviewDbContext>();
            change(context);
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            return (context.IsUniqueViolation(failure), failure.InnerException?.Message ?? "");
        });
}

public sealed class ReviewCasePersistenceOnSqliteTests() : ReviewCasePersistenceTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task MigratedDatabaseIsAFileInWalMode()
    {
        await using var db = await TestDatabase.CreateAsync();

        await using var connection = new SqliteConnection($"Data Source={db.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(File.Exists(db.DatabasePath));
        var pending = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task EveryMigrationRunsInsideItsTransaction()
    {
        await using var db = await TestDatabase.CreateAsync();

        // EF's SQLite table rebuild turns foreign keys off, which cannot happen inside a transaction: a migration that
        // needs it may be left half applied (and EF warns on every first start).
        var script = await db.RunAsync(sp => Task.FromResult(sp.GetRequiredService<ReviewDbContext>().GetService<IMigrator>().GenerateScript()));

        Assert.DoesNotContain("PRAGMA foreign_keys", script, StringComparison.OrdinalIgnoreCase);
    }
}

[Trait("Requires", "PostgreSql")]
public sealed class ReviewCasePersistenceOnPostgreSqlTests() : ReviewCasePersistenceTests(DatabaseProvider.PostgreSql);
