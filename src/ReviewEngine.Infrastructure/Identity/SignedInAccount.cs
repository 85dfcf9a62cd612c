using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>
/// The signed-in person for one request: account check, viewer and bell. The first use reads the person's four change
/// counters by key (one statement). While the account and organisation counters match this node's
/// <see cref="ViewerCache"/> entry, the viewer comes from it, otherwise the account is read again (one statement); the
/// bell's count is reused while the notification counters match and counted again on demand when they do not. Every
/// change is saved with a counter bump in its own transaction (<see cref="ChangeCounterBumps"/>), so a disabled
/// account, a removed role or a new notification shows at the very next request on every node.
/// </summary>
public sealed class SignedInAccount(ReviewDbContext db, ViewerCache cache, GetNotificationsHandler notifications)
{
    private string? _checkedUserId;
    private CachedAccount? _current;

    /// <summary>The account exists, is enabled, and the principal signed in with its current security stamp.</summary>
    public async Task<bool> IsCurrentAsync(string userId, string? securityStamp, CancellationToken ct = default) =>
        await CheckAsync(userId, ct) is { Active: true } account && (account.SecurityStamp is null || account.SecurityStamp == securityStamp);

    public async Task<Viewer> ViewerAsync(string userId, CancellationToken ct = default)
    {
        var account = await CheckAsync(userId, ct) ?? throw new ActionNotAllowedException(["账号不存在"]);
        return account.Active ? account.Viewer : throw new ActionNotAllowedException(["账号已停用"]);
    }

    /// <summary>The bell's number: counted once per change of the person's or their organisation's notifications.</summary>
    public async Task<int> UnreadNotificationsAsync(string userId, CancellationToken ct = default)
    {
        var viewer = await ViewerAsync(userId, ct);
        var account = _current!;
        if (account.Unread is { } unread)
        {
            return unread;
        }

        unread = await notifications.CountUnreadAsync(viewer, ct);
        _current = account with { Unread = unread };
        cache.Replace(account, _current);
        return unread;
    }

    private async Task<CachedAccount?> CheckAsync(string userId, CancellationToken ct)
    {
        if (_checkedUserId == userId)
        {
            return _current;
        }

        _checkedUserId = userId;
        if (cache.Find(userId) is { } cached)
        {
            var now = await ReadVersionsAsync(cached, ct);
            if (now == cached.Versions)
            {
                return _current = cached;
            }

            if (now.Account == cached.Versions.Account && now.Organisation == cached.Versions.Organisation)
            {
                // Only notifications changed: the viewer holds, the bell is counted again when a page asks.
                _current = cached with { Versions = now, Unread = null };
                cache.Replace(cached, _current);
                return _current;
            }
        }

        _current = await LoadAsync(userId, ct);
        if (_current is not null)
        {
            cache.Store(_current);
        }

        return _current;
    }

    private async Task<CounterVersions> ReadVersionsAsync(CachedAccount cached, CancellationToken ct)
    {
        string account = ChangeCounter.ForUser(cached.UserId), organisation = ChangeCounter.ForOrganisation(cached.OrganisationId),
            userBell = ChangeCounter.ForUserNotifications(cached.UserId), organisationBell = ChangeCounter.ForOrganisationNotifications(cached.OrganisationId);
        var rows = await db.ChangeCounters.AsNoTracking()
            .Where(c => c.Key == account || c.Key == organisation || c.Key == userBell || c.Key == organisationBell)
            .Select(c => new { c.Key, c.Version }).ToListAsync(ct);
        long Version(string key) => rows.FirstOrDefault(c => c.Key == key)?.Version ?? 0;
        return new CounterVersions(Version(account), Version(organisation), Version(userBell), Version(organisationBell));
    }

    /// <summary>Account, organisation, security stamp and the four counters in one statement (one snapshot).</summary>
    private async Task<CachedAccount?> LoadAsync(string userId, CancellationToken ct)
    {
        string account = ChangeCounter.ForUser(userId), userBell = ChangeCounter.ForUserNotifications(userId);
        var found = await (from u in db.UserAccounts.AsNoTracking()
                           join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
                           where u.Id == userId
                           select new
                           {
                               User = u,
                               o.Name,
                               o.Kind,
                               Stamp = db.Users.Where(r => r.Id == u.Id).Select(r => r.SecurityStamp).FirstOrDefault(),
                               Account = db.ChangeCounters.Where(c => c.Key == account).Select(c => (long?)c.Version).FirstOrDefault(),
                               Organisation = db.ChangeCounters.Where(c => c.Key == ChangeCounter.OrganisationPrefix + o.Id).Select(c => (long?)c.Version).FirstOrDefault(),
                               UserBell = db.ChangeCounters.Where(c => c.Key == userBell).Select(c => (long?)c.Version).FirstOrDefault(),
                               OrganisationBell = db.ChangeCounters.Where(c => c.Key == ChangeCounter.OrganisationNotificationsPrefix + o.Id)
                                   .Select(c => (long?)c.Version).FirstOrDefault(),
                           }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var user = found.User;
        var viewer = new Viewer(user.Id, user.DisplayName, user.OrganisationId, found.Name, found.Kind, user.Roles) { Qualifications = user.Qualifications };
        var versions = new CounterVersions(found.Account ?? 0, found.Organisation ?? 0, found.UserBell ?? 0, found.OrganisationBell ?? 0);
        return new CachedAccount(user.Id, user.OrganisationId, versions, user.IsActive, found.Stamp, viewer);
    }
}
