using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>Where the background checkpointer runs: the web host on SQLite only (ADR 0017).</summary>
public sealed class SqliteCheckpointRegistrationTests
{
    [Fact]
    public void TheWebHostsSqliteContainerRunsTheCheckpointer()
    {
        var database = DatabaseOptions.SqliteFile(Path.Combine(Path.GetTempPath(), "re-tests", Guid.NewGuid().ToString("N"), "review.db"));

        Assert.Single(HostedServices(s => s.AddReviewEngine(database, TestPaths.Workflows).AddLogging().AddSqliteCheckpointer(database)).OfType<SqliteCheckpointer>());
    }

    [Fact]
    public void OnPostgreSqlThereIsNoCheckpointer()
    {
        var database = DatabaseOptions.PostgreSql("Host=127.0.0.1;Database=re_never_opened;Username=nobody");

        var hosted = HostedServices(s => s.AddReviewEngine(database, TestPaths.Workflows).AddLogging().AddSqliteCheckpointer(database));

        Assert.NotEmpty(hosted); // the deadline and webhook loops are there; the container was built
        Assert.Empty(hosted.OfType<SqliteCheckpointer>());
    }

    // The CLI builds its container from AddReviewEngine alone, and never runs a host: its short commands keep
    // SQLite's automatic checkpoint.
    [Fact]
    public void TheCliContainerHasNoCheckpointer()
    {
        var database = DatabaseOptions.SqliteFile(Path.Combine(Path.GetTempPath(), "re-tests", Guid.NewGuid().ToString("N"), "review.db"));

        Assert.Empty(HostedServices(s => s.AddReviewEngine(database, TestPaths.Workflows).AddLogging()).OfType<SqliteCheckpointer>());
    }

    private static List<IHostedService> HostedServices(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        using var provider = services.BuildServiceProvider();
        return provider.GetServices<IHostedService>().ToList();
    }
}
