using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ReviewEngine.Infrastructure.Persistence;

internal static class DatabaseRegistration
{
    /// <summary>
    /// Pooled contexts: a review action is a short unit of work, and context set-up showed in the profile.
    /// On PostgreSQL the context type differs (its own migrations) but is handed out as <see cref="ReviewDbContext"/>.
    /// </summary>
    public static IServiceCollection AddReviewDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<ReviewDbContext, PostgreSqlReviewDbContext>(o => o.UseNpgsql(database.ConnectionString));
                break;
            default:
                services.AddDbContextPool<ReviewDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(new SqlitePragmas()));
                break;
        }

        return services;
    }
}
