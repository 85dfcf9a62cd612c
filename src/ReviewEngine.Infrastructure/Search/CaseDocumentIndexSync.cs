using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewEngine.Application.Reviews;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>
/// Keeps this node's case-document index in step with the database: at start-up a new, lost or cleared index is
/// rebuilt (searches answer from what is indexed meanwhile), then every <see cref="Interval"/> the documents stored
/// since the index's watermark are added (other nodes', the command line's). Adding is idempotent per case and content.
/// </summary>
public sealed class CaseDocumentIndexSync(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseDocumentIndexSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var indexed = await scope.ServiceProvider.GetRequiredService<RebuildCaseDocumentIndexHandler>().CatchUpAsync(Overlap, stoppingToken);
                if (indexed > 0)
                {
                    logger.LogInformation("案件材料全文索引：同步 {Count} 个文件", indexed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Search stays up with what it has; the next pass retries (or run `review index cases`).
                logger.LogError(ex, "案件材料全文索引同步失败");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
