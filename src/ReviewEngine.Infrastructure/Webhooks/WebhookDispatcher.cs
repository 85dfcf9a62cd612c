using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewEngine.Domain.Webhooks;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Webhooks;

/// <param name="Purged">Delivered rows past <see cref="WebhookOptions.DeliveredRetention"/> deleted in this pass.</param>
public sealed record WebhookTick(int Delivered, int Failed, int DeadLettered, int Purged = 0);

/// <summary>
/// One pass over the due delivery rows: claim each with a conditional update (so two instances never POST the same
/// row), POST it, and record success or failure with back-off, each row in its own scope. A non-2xx answer, a
/// timeout and a refused connection all count as a failed attempt. Delivered rows past their retention are deleted
/// in the first pass of each hour.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private DateTime _nextPurgeAtUtc = DateTime.MinValue;

    public string InstanceId { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<WebhookTick> RunOnceAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> due;
        var purged = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            if (now >= _nextPurgeAtUtc)
            {
                // One bulk delete; several nodes may run it in the same hour, which deletes nothing twice.
                var before = now - o.DeliveredRetention;
                purged = await db.WebhookDeliveries
                    .Where(d => d.Status == WebhookDeliveryStatus.Delivered && d.DeliveredAtUtc < before)
                    .ExecuteDeleteAsync(ct);
                _nextPurgeAtUtc = now + PurgeInterval;
            }

            due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAtUtc <= now)
                .Where(d => d.ClaimedAtUtc == null || d.ClaimedAtUtc < now - o.ClaimLease)
                .OrderBy(d => d.NextAttemptAtUtc).Select(d => d.Id).Take(100).ToListAsync(ct);
        }

        var tick = new WebhookTick(0, 0, 0, purged);
        foreach (var id in due)
        {
            tick = await DeliverAsync(id, o, tick, ct);
        }

        return tick;
    }

    private async Task<WebhookTick> DeliverAsync(Guid id, WebhookOptions o, WebhookTick tick, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.ClaimedAtUtc == null || d.ClaimedAtUtc < now - o.ClaimLease))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedAtUtc, now).SetProperty(d => d.ClaimedBy, InstanceId), ct);
        if (claimed != 1)
        {
            return tick;
        }

        var delivery = await db.WebhookDeliveries.FirstAsync(d => d.Id == id, ct);
        var error = await PostAsync(delivery, o, ct);
        var done = clock.GetUtcNow().UtcDateTime;
        if (error is null)
        {
            delivery.RecordSuccess(done);
        }
        else
        {
            delivery.RecordFailure(error, done, o.RetryPolicy);
        }

        await db.SaveChangesAsync(ct);
        return error is null ? tick with { Delivered = tick.Delivered + 1 }
            : delivery.Status == WebhookDeliveryStatus.DeadLettered ? tick with { DeadLettered = tick.DeadLettered + 1 }
            : tick with { Failed = tick.Failed + 1 };
    }

    /// <summary>Null on a 2xx answer; otherwise what went wrong, for the dead-letter list.</summary>
    private async Task<string?> PostAsync(WebhookDelivery delivery, WebhookOptions o, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-ReviewEngine-Delivery", delivery.Id.ToString());
            using var response = await http.CreateClient(WebhookOptions.HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"超时（{o.RequestTimeout.TotalSeconds:0} 秒）";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
    }
}
