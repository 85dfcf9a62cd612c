using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// The save step that keeps <see cref="ChangeCounter"/>s in step: it looks at what a SaveChanges is about to write
/// (accounts, sign-in identities — Identity's user store saves through this context —, organisations, notifications)
/// and, in the same transaction, bumps the rows of the people and organisations concerned. Writes that bypass
/// SaveChanges (ExecuteUpdate, raw SQL) must bump themselves; none touches these tables today.
/// </summary>
internal static class ChangeCounterBumps
{
    /// <summary>The counter keys the pending changes concern (call after DetectChanges).</summary>
    public static IReadOnlyList<string> KeysFor(ChangeTracker tracker)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case UserAccount u:
                    keys.Add(ChangeCounter.ForUser(u.Id));
                    break;
                case ReviewUser r:
                    keys.Add(ChangeCounter.ForUser(r.Id));
                    break;
                case Organisation o when entry.State != EntityState.Added:
                    keys.Add(ChangeCounter.ForOrganisation(o.Id));
                    break;
                case Notification { RecipientUserId: { } user }:
                    keys.Add(ChangeCounter.ForUserNotifications(user));
                    break;
                case Notification { RecipientOrganisationId: { } org }:
                    keys.Add(ChangeCounter.ForOrganisationNotifications(org));
                    break;
            }
        }

        return [.. keys];
    }

    /// <summary>
    /// One upsert for every key: a missing row starts at 1, an existing one goes up by one. Done in SQL, not by a
    /// tracked read-modify-write, so two nodes bumping at once never both write the same number (sorted keys: the
    /// same lock order everywhere). Valid on SQLite (3.24+) and PostgreSQL alike.
    /// </summary>
    public static string Sql(int count) =>
        "INSERT INTO \"ChangeCounters\" (\"Key\", \"Version\") VALUES "
        + string.Join(", ", Enumerable.Range(0, count).Select(i => $"({{{i}}}, 1)"))
        + " ON CONFLICT (\"Key\") DO UPDATE SET \"Version\" = \"ChangeCounters\".\"Version\" + 1";
}
