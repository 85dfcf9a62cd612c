using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Cli.Common;

/// <summary>
/// Builds the same services the web host uses for one CLI command. <c>--db</c> takes a SQLite file path or a
/// PostgreSQL connection string (<c>Host=…</c> or <c>postgresql://…</c>); without it, REVIEWENGINE_DB, then the default file.
/// </summary>
internal static class CliHost
{
    public const string DefaultDatabase = "data/reviewengine.db";

    public static async Task<ServiceProvider> OpenAsync(string? dbPath, string? workflowsDir, TimeProvider? clock = null,
        Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddReviewEngine(DatabaseOptions.FromPathOrConnectionString(Database(dbPath)), workflowsDir ?? CliOptions.WorkflowsFromEnvironment ?? RepositoryPaths.Folder("workflows"));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
        return provider;
    }

    /// <summary>The --db value, else REVIEWENGINE_DB, else the default file.</summary>
    public static string Database(string? dbOption)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("REVIEWENGINE_DB");
        return dbOption ?? (string.IsNullOrEmpty(fromEnvironment) ? DefaultDatabase : fromEnvironment);
    }

    /// <summary>
    /// For commands that read an existing database: a SQLite path must name a file (opening would silently create
    /// an empty one); a PostgreSQL connection string is passed through and fails, if at all, with the server's reason.
    /// </summary>
    public static string? ExistingDatabase(System.CommandLine.ParseResult parse, string? dbOption)
    {
        var db = Database(dbOption);
        if (DatabaseOptions.FromPathOrConnectionString(db).Provider != DatabaseProvider.Sqlite || File.Exists(db))
        {
            return db;
        }

        parse.InvocationConfiguration.Error.WriteLine($"--db: 数据库文件不存在：{db}");
        return null;
    }
}
