using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ReviewEngine.Infrastructure.Persistence;

internal static class DatabaseRegistration
{
    /// <summary>
    /// Pooled contexts: a review action is a short unit of work, and context set-up showed in the profile.
    /// On PostgreSQL the context type differs (its own migrations) but is handed out as <see cref="ReviewDbContext"/>.
    /// A list in a query (`ids.Contains(c.Id)`, the viewer's roles) goes to the database as one array parameter
    /// (json_each on SQLite, = ANY on PostgreSQL) rather than EF 10's default of one parameter per element: with one
    /// parameter per element EF cannot cache the SQL and generates it again on every execution, which was an eighth of
    /// an inbox page's time (docs/benchmarks.md, 我的待办).
    /// </summary>
    public static IServiceCollection AddReviewDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<ReviewDbContext, PostgreSqlReviewDbContext>(o => o.UseNpgsql(database.ConnectionString, pg => pg.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
                break;
            default:
                services.AddDbContextPool<ReviewDbContext>(o => o.UseSqlite(database.ConnectionString, lite => lite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(new SqlitePragmas()));
                break;
        }

        return services;
    }
}
