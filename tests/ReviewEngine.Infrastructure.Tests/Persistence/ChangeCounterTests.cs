using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>
/// The save step of ADR 0016: whatever a SaveChanges writes about a person or their organisation moves the right
/// change counter in the same transaction, and a rolled-back change moves nothing.
/// </summary>
public abstract class ChangeCounterTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task EachKindOfChangeBumpsItsOwnCounter()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var before = await CountersAsync(db);

        await db.RunAsync(sp => sp.GetRequiredService<UserAdministration>().SetRolesAsync("lb-lawyer", [Roles.Lawyer, Roles.Reviewer]));
        await AddAsync(db, new Notification(null, NotificationRecipient.RoleIn(Roles.Registrar, "luobu"), Guid.NewGuid(), "X-1", NotificationKind.Cleanup, "清理提醒", DateTime.UtcNow));
        await AddAsync(db, new Notification(null, NotificationRecipient.User("lb-drafter"), Guid.NewGuid(), "X-2", NotificationKind.Cleanup, "提醒", DateTime.UtcNow));
        await db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<UserAdministration>().DisableAsync("lb-lead");
            return 0;
        });
        var after = await CountersAsync(db);

        long Moved(string key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        Assert.Equal(1, Moved(ChangeCounter.ForUser("lb-lawyer")));
        Assert.Equal(1, Moved(ChangeCounter.ForOrganisationNotifications("luobu")));
        Assert.Equal(1, Moved(ChangeCounter.ForUserNotifications("lb-drafter")));
        Assert.True(Moved(ChangeCounter.ForUser("lb-lead")) >= 1); // disabled (and, where it has a sign-in identity, locked out with a new stamp)
        Assert.Equal(0, Moved(ChangeCounter.ForUser("lb-drafter"))); // a notification leaves the viewer cached
        Assert.Equal(0, Moved(ChangeCounter.ForOrganisation("luobu")));
    }

    [ProviderFact]
    public async Task ARolledBackChangeLeavesTheCountersAlone()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var before = await CountersAsync(db);

        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<ReviewDbContext>();
            await using var tx = await context.Database.BeginTransactionAsync();
            var account = await context.UserAccounts.FirstAsync(u => u.Id == "lb-lawyer");
            account.Disable();
            await context.SaveChangesAsync();
            await tx.RollbackAsync();
            return 0;
        });

        Assert.Equal(before, await CountersAsync(db));
    }

    private static Task AddAsync(TestDatabase db, Notification notification) => db.RunAsync(async sp =>
    {
        var context = sp.GetRequiredService<ReviewDbContext>();
        context.Notifications.Add(notification);
        return await context.SaveChangesAsync();
    });

    private static Task<Dictionary<string, long>> CountersAsync(TestDatabase db) => db.RunAsync(sp =>
        sp.GetRequiredService<ReviewDbContext>().ChangeCounters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Version));
}

public sealed class ChangeCounterOnSqliteTests() : ChangeCounterTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class ChangeCounterOnPostgreSqlTests() : ChangeCounterTests(DatabaseProvider.PostgreSql);
