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
                services.AddDbContextPool<ReviewDbContext, PostgreSqlReviewDbContext>(o => UsePostgreSql(o, database.ConnectionString));
                break;
            default:
                services.AddDbContextPool<ReviewDbContext>(o => UseSqlite(o, database.ConnectionString));
                break;
        }

        return services;
    }

    /// <summary>A context outside the container (the database copy), configured exactly as the registered ones.</summary>
    public static ReviewDbContext CreateContext(DatabaseOptions database) => database.Provider == DatabaseProvider.PostgreSql
        ? new PostgreSqlReviewDbContext((DbContextOptions<PostgreSqlReviewDbContext>)UsePostgreSql(new DbContextOptionsBuilder<PostgreSqlReviewDbContext>(), database.ConnectionString).Options)
        : new ReviewDbContext((DbContextOptions<ReviewDbContext>)UseSqlite(new DbContextOptionsBuilder<ReviewDbContext>(), database.ConnectionString).Options);

    // A list in a query (`ids.Contains(c.Id)`, the viewer's roles) goes to the database as one array parameter
    // (json_each on SQLite, = ANY on PostgreSQL) rather than EF 10's default of one parameter per element: with one
    // parameter per element EF cannot cache the SQL and generates it again on every execution, which was an eighth of
    // an inbox page's time (docs/benchmarks.md, 我的待办).
    private static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, pg => pg.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    private static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, lite => lite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(new SqlitePragmas(), new SqliteStatementPause());
}
