using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>The identity store and password policy, shared by the web host and the `review users` command.</summary>
public static class IdentityStoreSetup
{
    public static IdentityBuilder AddReviewEngineIdentityStore(this IServiceCollection services) =>
        services.AddIdentityCore<ReviewUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                // The web app stops a guesser after 5 failures per account at one address (LoginThrottle); this
                // account-wide lockout is the backstop against guessing from many addresses, high enough that one
                // outsider cannot lock a real user out (review users unlock ends it early).
                o.Lockout.MaxFailedAccessAttempts = 20;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<ReviewDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>();
}
