using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewEngine.Infrastructure.Deadlines;

/// <summary>The hosted loop: one <see cref="DeadlineProcessor"/> pass per poll interval, timed by the injected TimeProvider.</summary>
public sealed class DeadlineTimerService(DeadlineProcessor processor, IOptions<DeadlineOptions> options, TimeProvider clock, ILogger<DeadlineTimerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                var tick = await processor.RunOnceAsync(stoppingToken);
                if (tick.Fired + tick.Cancelled > 0)
                {
                    logger.LogInformation("Deadlines: {Fired} fired, {Cancelled} cancelled, {Planned} planned", tick.Fired, tick.Cancelled, tick.Planned);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bad tick (database locked, a broken snapshot) must not stop the ladder; the next tick retries.
                logger.LogError(ex, "Deadline processor pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
