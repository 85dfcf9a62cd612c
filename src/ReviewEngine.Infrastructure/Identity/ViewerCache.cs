using System.Collections.Concurrent;
using ReviewEngine.Application.Access;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>
/// What this node remembers about each signed-in person: the resolved <see cref="Viewer"/>, whether the account is
/// enabled, its security stamp and the bell's unread count, with the <see cref="Persistence.ChangeCounter"/> versions
/// they were read at. Only <see cref="SignedInAccount"/> uses an entry, after checking those versions (ADR 0016).
/// One entry per account that signed in (a district's few hundred people), so no eviction.
/// </summary>
public sealed class ViewerCache
{
    private readonly ConcurrentDictionary<string, CachedAccount> _accounts = new(StringComparer.Ordinal);

    public int Count => _accounts.Count;

    internal CachedAccount? Find(string userId) => _accounts.GetValueOrDefault(userId);

    internal void Store(CachedAccount account) => _accounts[account.UserId] = account;

    /// <summary>Replaces the entry <paramref name="seen"/> with <paramref name="next"/>; a newer entry stored meanwhile is kept.</summary>
    internal void Replace(CachedAccount seen, CachedAccount next) => _accounts.TryUpdate(seen.UserId, next, seen);
}

/// <summary>The counter versions an entry was read at.</summary>
internal readonly record struct CounterVersions(long Account, long Organisation, long UserBell, long OrganisationBell);

/// <summary>
/// One person's cached account: the viewer holds while <see cref="CounterVersions.Account"/> and
/// <see cref="CounterVersions.Organisation"/> are unchanged; <see cref="Unread"/> (null until a page asks) while the bell
/// versions are too.
/// </summary>
internal sealed record CachedAccount(string UserId, string OrganisationId, CounterVersions Versions, bool Active, string? SecurityStamp,
    Viewer Viewer, int? Unread = null);
