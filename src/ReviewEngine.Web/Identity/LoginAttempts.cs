using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// One sign-in, for the login page and <c>POST /api/auth/login</c> alike: throttled by address, the same work
/// (one password hash check) whether or not the user name exists, and a disabled account told so only when the
/// password is right.
/// </summary>
public sealed class LoginAttempts(SignInManager<ReviewUser> signIn, IReviewDbContext db, LoginThrottle throttle)
{
    // Verifying against this hash costs what verifying a real user's password costs, so an unknown name answers as slowly.
    private static readonly Lazy<(ReviewUser User, string Hash)> Decoy = new(() =>
    {
        var user = new ReviewUser("decoy");
        return (user, new PasswordHasher<ReviewUser>().HashPassword(user, Guid.NewGuid().ToString("N")));
    });

    public async Task<LoginOutcome> SignInAsync(string? userName, string? password, IPAddress? from, CancellationToken ct)
    {
        var name = userName?.Trim() ?? "";
        var address = from?.ToString() ?? "unknown";
        var (addressMayTry, accountMayTry) = throttle.MayTry(address, name);
        if (!addressMayTry || !accountMayTry)
        {
            return LoginOutcome.AddressThrottled;
        }

        var outcome = await TrySignInAsync(name, password ?? "", ct);
        if (outcome is LoginOutcome.WrongCredentials or LoginOutcome.AccountLockedOut)
        {
            throttle.RecordFailure(address, name);
        }

        return outcome;
    }

    private async Task<LoginOutcome> TrySignInAsync(string name, string password, CancellationToken ct)
    {
        var user = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(Decoy.Value.User, Decoy.Value.Hash, password);
            return LoginOutcome.WrongCredentials;
        }

        if (await db.UserAccounts.AsNoTracking().AnyAsync(u => u.Id == user.Id && !u.IsActive, ct))
        {
            // A disabled account's lockout never ends, which would read as "too many attempts"; it is told the truth,
            // but only when the password is right: whether an account exists or is disabled is not for guessers.
            return await signIn.UserManager.CheckPasswordAsync(user, password) ? LoginOutcome.Disabled : LoginOutcome.WrongCredentials;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? LoginOutcome.SignedIn : result.IsLockedOut ? LoginOutcome.AccountLockedOut : LoginOutcome.WrongCredentials;
    }
}
