using ReviewEngine.Domain.Webhooks;

namespace ReviewEngine.Infrastructure.Webhooks;

/// <summary>Settings of the webhook sender (configuration section "Webhooks").</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The named HttpClient (IHttpClientFactory) used for every POST.</summary>
    public const string HttpClientName = "webhooks";

    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
    public int MaxAttempts { get; set; } = WebhookRetryPolicy.Default.MaxAttempts;
    public TimeSpan FirstRetryDelay { get; set; } = WebhookRetryPolicy.Default.FirstDelay;
    public TimeSpan MaxRetryDelay { get; set; } = WebhookRetryPolicy.Default.MaxDelay;

    /// <summary>
    /// Delivered rows older than this are deleted (at most once an hour per node), so the outbox does not grow with
    /// every notification for ever; dead-lettered rows stay until an administrator retries them.
    /// </summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(90);

    public WebhookRetryPolicy RetryPolicy => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);
}
