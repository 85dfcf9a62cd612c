using Microsoft.AspNetCore.Identity;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>
/// The sign-in identity (password, lockout) of a <see cref="Domain.Organisations.UserAccount"/>; same id, same user name.
/// Roles and organisation live on the account, which the domain checks; Identity only authenticates.
/// </summary>
public sealed class ReviewUser : IdentityUser
{
    public ReviewUser()
    {
    }

    public ReviewUser(string accountId)
        : base(accountId)
    {
        Id = accountId;
    }
}
