using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>A database written under an earlier schema upgrades in place: its cases go on, its audit chains verify.</summary>
public abstract class MigrationUpgradeTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task DatabaseOfThePreviousMigrationUpgradesToCheaperActionWritesWithItsAuditChainsIntact()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await MigrateAsync(db, "_HandoffNotifications"); // the schema before the partial indexes
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        var before = Assert.Single(await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync())).Result;

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
