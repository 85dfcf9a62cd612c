using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewEngine.Infrastructure.Webhooks;

/// <summary>The hosted loop: one <see cref="WebhookDispatcher"/> pass per poll interval, timed by the injected TimeProvider.</summary>
public sealed class WebhookDeliveryService(WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDeliveryService> logger)
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
                var tick = await dispatcher.RunOnceAsync(stoppingToken);
                if (tick.Purged > 0)
                {
                    logger.LogInformation("Webhooks: {Purged} delivered rows past their retention deleted", tick.Purged);
                }

                if (tick.Failed + tick.DeadLettered > 0)
                {
                    logger.LogWarning("Webhooks: {Delivered} delivered, {Failed} failed (will retry), {Dead} dead-lettered", tick.Delivered, tick.Failed, tick.DeadLettered);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The rows are durable; a failed pass (database busy) is simply retried on the next tick.
                logger.LogError(ex, "Webhook pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
