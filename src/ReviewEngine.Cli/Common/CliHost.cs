using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Cli.Common;

/// <summary>Builds the same services the web host uses, over a SQLite file, for one CLI command.</summary>
internal static class CliHost
{
    public const string DefaultDatabase = "data/reviewengine.db";

    public static async Task<ServiceProvider> OpenAsync(string? dbPath, string? workflowsDir, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddReviewEngine(DatabaseOptions.SqliteFile(dbPath ?? DefaultDatabase), workflowsDir ?? RepositoryPaths.Folder("workflows"));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
        return provider;
    }
}
