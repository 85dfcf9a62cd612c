using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Persistence.ReadModels;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>A database written under an earlier schema upgrades in place: its cases go on, its audit chains verify.</summary>
public abstract class MigrationUpgradeTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task DatabaseOfThePreviousMigrationUpgradesToCheaperActionWritesWithItsAuditChainsIntact()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await MigrateAsync(db, "_HandoffNotifications"); // the schema before the partial indexes
        // Today's code writes the old-schema rows; it also reads a column a later migration added (UserAccounts.Qualifications)
        // and writes later tables (ChangeCounters, InboxLines), all lent to the old schema while it writes and taken back before
        // the upgrade adds them for real (the upgrade then fills the inbox from the open tasks).
        await LaterColumnsAsync(db, lend: true);
        await LendChangeCountersAsync(db, lend: true);
        await LendInboxLinesAsync(db, lend: true);
        await LendPreReviewProblemAsync(db, lend: true);
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        var before = Assert.Single(await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync())).Result;
        await LaterColumnsAsync(db, lend: false);
        await LendChangeCountersAsync(db, lend: false);
        await LendInboxLinesAsync(db, lend: false);
        await LendPreReviewProblemAsync(db, lend: false);

        await MigrateAsync(db, null);
        var inboxAfterUpgrade = await InboxAsync(db, "lb-lawyer");
        await db.ActAsync(id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "已出具书面法律意见"));
        var verification = await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());
        var pending = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Database.GetPendingMigrationsAsync());

        Assert.Empty(pending);
        Assert.Equal([id], inboxAfterUpgrade.Select(i => i.CaseId)); // the task written before, found through the new index
        var chain = Assert.Single(verification).Result;
        Assert.True(before.IsValid, before.Reason);
        Assert.True(chain.IsValid, chain.Reason);
        Assert.Equal(before.EventCount + 1, chain.EventCount); // the chain written under the old schema, then one link more
        Assert.Equal([id], (await InboxAsync(db, "lb-reviewer")).Select(i => i.CaseId));
    }

    [ProviderFact]
    public async Task AccountsOfThePreviousSchemaHaveNoQualificationUntilOneIsRecorded()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await MigrateAsync(db, "_CheaperActionWrite"); // the schema before qualifications: the seeded accounts lose theirs
        await MigrateAsync(db, null);

        var upgraded = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-reviewer"));
        await db.RunAsync(sp => sp.GetRequiredService<Infrastructure.Identity.UserAdministration>()
            .SetQualificationsAsync("lb-reviewer", [Domain.Organisations.Qualifications.LegalProfession]));
        var qualified = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-reviewer"));

        Assert.Empty(upgraded.Qualifications);
        Assert.Equal([Domain.Organisations.Qualifications.LegalProfession], qualified.Qualifications);
        Assert.Equal([Domain.Organisations.Qualifications.LegalProfession], qualified.ActAs(Domain.Organisations.Roles.Reviewer).Qualifications);
    }

    [ProviderFact]
    public async Task DatabaseOfTheUserQualificationsSchemaUpgradesWithEveryOpenTaskInTheInbox()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await MigrateAsync(db, "_UserQualifications"); // main before the read models
        await LendChangeCountersAsync(db, lend: true);
        await LendInboxLinesAsync(db, lend: true);
        await LendPreReviewProblemAsync(db, lend: true);
        var registering = await db.SubmitNormativeDocumentAsync();
        var reviewing = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(reviewing, "lb-registrar", "registrar", new ActionRequest("accept"));
        var lawyer = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(lawyer, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(lawyer, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await LendChangeCountersAsync(db, lend: false);
        await LendInboxLinesAsync(db, lend: false);
        await LendPreReviewProblemAsync(db, lend: false);

        await MigrateAsync(db, null);
        var lines = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().InboxLines.AsNoTracking().ToListAsync());
        var source = await db.RunAsync(sp => InboxLineSource.ReadAsync(sp.GetRequiredService<ReviewDbContext>()));
        var rebuild = await db.RunAsync(sp => sp.GetRequiredService<ReadModelRebuilder>().RebuildAsync());

        Assert.Equal(3, lines.Count);
        Assert.Equal(source.OrderBy(l => l.TaskId).Select(l => l.ToString()), lines.OrderBy(l => l.TaskId).Select(l => l.ToString()));
        Assert.True(rebuild.WasInStep, rebuild.ToString());
        Assert.Equal([registering], (await InboxAsync(db, "lb-registrar")).Select(i => i.CaseId));
        Assert.Equal([reviewing], (await InboxAsync(db, "lb-reviewer")).Select(i => i.CaseId));
        Assert.Equal([lawyer], (await InboxAsync(db, "lb-lawyer")).Select(i => i.CaseId));
    }

    /// <summary>The InboxLines table as the migration creates it, without its rows, for today's saves on an older schema.</summary>
    private Task LendInboxLinesAsync(TestDatabase db, bool lend)
    {
        var (guid, text, date, time) = provider == DatabaseProvider.Sqlite ? ("TEXT", "TEXT", "TEXT", "TEXT") : ("uuid", "text", "date", "timestamp with time zone");
        return db.ExecuteSqlAsync(lend
            ? $"CREATE TABLE \"InboxLines\" (\"TaskId\" {guid} NOT NULL PRIMARY KEY, \"CaseId\" {guid} NOT NULL, \"CaseNumber\" {text} NOT NULL, \"Title\" {text} NOT NULL, "
                + $"\"Kind\" {text} NOT NULL, \"WorkflowId\" {text} NOT NULL, \"State\" {text} NOT NULL, \"Role\" {text} NOT NULL, \"OrganisationId\" {text} NOT NULL, "
                + $"\"AssigneeId\" {text} NULL, \"ExcludedUserId\" {text} NULL, \"DueOn\" {date} NULL, \"CreatedAtUtc\" {time} NOT NULL)"
            : "DROP TABLE \"InboxLines\"");
    }

    private Task LaterColumnsAsync(TestDatabase db, bool lend) => db.RunAsync(async sp =>
    {
        var context = sp.GetRequiredService<ReviewDbContext>();
        var (table, column, type) = provider == DatabaseProvider.Sqlite ? ("UserAccounts", "Qualifications", "TEXT") : ("\"UserAccounts\"", "\"Qualifications\"", "text");
        await context.Database.ExecuteSqlRawAsync(lend
            ? $"ALTER TABLE {table} ADD COLUMN {column} {type} NOT NULL DEFAULT '[]'"
            : $"ALTER TABLE {table} DROP COLUMN {column}");
        return 0;
    });

    /// <summary>ReviewCases.PreReviewProblem (why a pre-review did not finish), which every case save writes.</summary>
    private static Task LendPreReviewProblemAsync(TestDatabase db, bool lend) => db.ExecuteSqlAsync(lend
        ? "ALTER TABLE \"ReviewCases\" ADD COLUMN \"PreReviewProblem\" varchar(100) NULL"
        : "ALTER TABLE \"ReviewCases\" DROP COLUMN \"PreReviewProblem\"");

    /// <summary>The ChangeCounters table (ADR 0016), which every save touching accounts or notices writes.</summary>
    private static Task LendChangeCountersAsync(TestDatabase db, bool lend) => db.ExecuteSqlAsync(lend
        ? "CREATE TABLE \"ChangeCounters\" (\"Key\" varchar(80) NOT NULL PRIMARY KEY, \"Version\" bigint NOT NULL)"
        : "DROP TABLE \"ChangeCounters\"");

    /// <summary>To the named migration (up or down), or to the latest when null.</summary>
    private static Task MigrateAsync(TestDatabase db, string? suffix) => db.RunAsync(async sp =>
    {
        var context = sp.GetRequiredService<ReviewDbContext>();
        var target = suffix is null ? null : context.Database.GetMigrations().Single(m => m.EndsWith(suffix, StringComparison.Ordinal));
        await context.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(target);
        return 0;
    });

    private static Task<IReadOnlyList<InboxItem>> InboxAsync(TestDatabase db, string userId) => db.RunAsync(async sp =>
    {
        var viewer = await sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId);
        return await sp.GetRequiredService<GetInboxHandler>().HandleAsync(new InboxQuery(viewer));
    });
}

public sealed class MigrationUpgradeOnSqliteTests() : MigrationUpgradeTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class MigrationUpgradeOnPostgreSqlTests() : MigrationUpgradeTests(DatabaseProvider.PostgreSql);
