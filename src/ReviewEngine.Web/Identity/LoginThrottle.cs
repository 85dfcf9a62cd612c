using System.Threading.RateLimiting;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// Failed sign-ins counted by network address, and by account at that address, with the .NET rate limiters.
/// Only failures are counted, so a busy office behind one address is never slowed by its own successful sign-ins.
/// The per-account-and-address window is what stops a guesser: it locks the guesser's address out of that
/// account, not the account itself, so an outsider hammering <c>wc-admin</c> cannot keep the real administrator
/// out. Identity's account-wide lockout stays as the backstop against guessing from many addresses
/// (<c>review users unlock</c> ends it).
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byAccountAtAddress;

    public LoginThrottle(LoginThrottleOptions options)
    {
        Options = options;
        _byAddress = Window(options.FailuresPerAddress, options.Window);
        _byAccountAtAddress = Window(options.FailuresPerAccountAtAddress, options.Window);
    }

    public LoginThrottleOptions Options { get; }

    /// <summary>Whether this address may try again (for any account), and this address for this account.</summary>
    public (bool Address, bool Account) MayTry(string address, string userName)
    {
        // Asking for zero permits tells whether any are left without taking one.
        using var a = _byAddress.AttemptAcquire(address, 0);
        using var b = _byAccountAtAddress.AttemptAcquire(Key(address, userName), 0);
        return (a.IsAcquired, b.IsAcquired);
    }

    public void RecordFailure(string address, string userName)
    {
        _byAddress.AttemptAcquire(address).Dispose();
        _byAccountAtAddress.AttemptAcquire(Key(address, userName)).Dispose();
    }

    public void Dispose()
    {
        _byAddress.Dispose();
        _byAccountAtAddress.Dispose();
    }

    private static string Key(string address, string userName) => address + "\n" + userName.Trim().ToLowerInvariant();

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

/// <summary>Configured under <c>Security:Login</c>.</summary>
public sealed record LoginThrottleOptions(int FailuresPerAddress = 30, int FailuresPerAccountAtAddress = 5, int WindowMinutes = 15)
{
    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);
}
