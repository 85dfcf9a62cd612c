using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>
/// Whether a signed-in principal's account still holds: enabled, and the security stamp it signed in with is current.
/// Checked on every authenticated request, so the answer is cached for <see cref="Lifetime"/>; this process's own
/// changes (<see cref="UserAdministration"/>) invalidate it at once, another process's (the CLI) within the lifetime.
/// </summary>
public sealed class AccountStatusCache(IMemoryCache cache, IServiceScopeFactory scopes, TimeSpan lifetime)
{
    public TimeSpan Lifetime { get; } = lifetime;

    public async Task<bool> IsCurrentAsync(string userId, string? securityStamp, CancellationToken ct = default)
    {
        var status = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime <= TimeSpan.Zero ? TimeSpan.FromTicks(1) : Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            var active = await db.UserAccounts.AsNoTracking().Where(u => u.Id == userId).Select(u => (bool?)u.IsActive).FirstOrDefaultAsync(ct);
            var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
            return new AccountStatus(active == true, stamp);
        });
        return status is { Active: true } && (status.Stamp is null || status.Stamp == securityStamp);
    }

    public void Invalidate(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "account-status:" + userId;

    private sealed record AccountStatus(bool Active, string? Stamp);
}
