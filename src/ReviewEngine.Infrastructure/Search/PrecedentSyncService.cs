using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewEngine.Application.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>
/// Keeps this node's precedent index in step with the database: at start-up everything changed since the watermark
/// stored in the index (all of it when the folder is new or was rebuilt, e.g. after a restore), then every
/// <see cref="Interval"/> the opinions approved on any node since the last pass. The watermark is written back to the
/// index when it moves, so a restart of a province-sized node does not re-read every opinion. Indexing is idempotent
/// per opinion, so the overlap window only costs a little work.
/// </summary>
public sealed class PrecedentSyncService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PrecedentSyncService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);

    // Nodes' clocks and commit order differ a little: re-read a margin before the last watermark.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var first = true;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<SyncPrecedentsHandler>().CatchUpAsync(Overlap, stoppingToken);
                if (first || result.Issues > 0)
                {
                    logger.LogInformation("Precedent index: {Opinions} opinions, {Issues} issues synchronised", result.Opinions, result.Issues);
                }

                first = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Search stays up with what it has; the next pass retries.
                logger.LogError(ex, "Precedent index synchronisation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
