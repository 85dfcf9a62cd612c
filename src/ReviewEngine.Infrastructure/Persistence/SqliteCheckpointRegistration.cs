using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewEngine.Infrastructure.Persistence;

public static class SqliteCheckpointRegistration
{
    /// <summary>
    /// The web host's background WAL checkpointer on SQLite (ADR 0017); nothing on PostgreSQL. Not part of
    /// <c>AddReviewEngine</c>: the CLI builds a plain service provider whose hosted services never run, and its short
    /// commands keep SQLite's automatic checkpoint on commit.
    /// </summary>
    public static IServiceCollection AddSqliteCheckpointer(this IServiceCollection services, DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return services;
        }

        services.AddOptions<SqliteCheckpointOptions>();
        services.AddHostedService(sp => new SqliteCheckpointer(database.ConnectionString,
            sp.GetRequiredService<IOptions<SqliteCheckpointOptions>>().Value, sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
        return services;
    }
}
