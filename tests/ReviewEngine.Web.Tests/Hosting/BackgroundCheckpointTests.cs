using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Tests.Hosting;

/// <summary>The web host checkpoints its SQLite file in the background, so its connections do not on commit (ADR 0017).</summary>
public sealed class BackgroundCheckpointTests
{
    [Fact]
    public async Task TheAppsConnectionsLeaveTheCheckpointToTheBackgroundService()
    {
        using var app = new ReviewEngineApp();
        using var client = app.CreateClient();
        Assert.True((await client.GetAsync("/health")).IsSuccessStatusCode);

        Assert.Single(app.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>());
        for (var waited = 0; await AutoCheckpointAsync(app) != 0; waited += 20)
        {
            Assert.True(waited < 5000, "the app's connections still checkpoint on commit");
            await Task.Delay(20);
        }
    }

    private static async Task<long> AutoCheckpointAsync(ReviewEngineApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ReviewDbContext>().Database;
        await database.OpenConnectionAsync();
        await using var command = database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
