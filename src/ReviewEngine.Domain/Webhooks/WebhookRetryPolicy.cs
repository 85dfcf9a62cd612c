namespace ReviewEngine.Domain.Webhooks;

/// <summary>How often and how patiently a webhook is retried: delay after attempt n is FirstDelay × 2^(n−1), capped.</summary>
public sealed record WebhookRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static WebhookRetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));

    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var ticks = Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
