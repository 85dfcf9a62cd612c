using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Webhooks;

/// <summary>
/// One POST of one notification to one organisation's webhook, as a durable row: written in the same transaction as
/// the notification, so a restart loses nothing, and retried with exponential back-off until it succeeds or is
/// dead-lettered after the maximum attempts.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
        OrganisationId = Url = Payload = "";
    }

    public WebhookDelivery(Guid notificationId, string organisationId, string url, string payload, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        NotificationId = notificationId;
        OrganisationId = organisationId;
        Url = url;
        Payload = payload;
        CreatedAtUtc = NextAttemptAtUtc = nowUtc;
        Status = WebhookDeliveryStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid NotificationId { get; private set; }
    public string OrganisationId { get; private set; }
    public string Url { get; private set; }
    public string Payload { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? LastAttemptAtUtc { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>Set by the atomic claim before sending, so two instances never POST the same row at once.</summary>
    public DateTime? ClaimedAtUtc { get; private set; }

    public string? ClaimedBy { get; private set; }

    public void RecordSuccess(DateTime nowUtc)
    {
        Attempts++;
        LastAttemptAtUtc = DeliveredAtUtc = nowUtc;
        LastError = null;
        Status = WebhookDeliveryStatus.Delivered;
        ReleaseClaim();
    }

    /// <summary>Back-off per <see cref="WebhookRetryPolicy"/>; after its maximum attempts the row is dead-lettered.</summary>
    public void RecordFailure(string error, DateTime nowUtc, WebhookRetryPolicy policy)
    {
        Attempts++;
        LastAttemptAtUtc = nowUtc;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = WebhookDeliveryStatus.DeadLettered;
        }
        else
        {
            NextAttemptAtUtc = nowUtc + policy.DelayAfter(Attempts);
        }

        ReleaseClaim();
    }

    /// <summary>An administrator sends a dead letter again: a fresh round of attempts, starting now.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != WebhookDeliveryStatus.DeadLettered)
        {
            throw new DomainException("只能重试已进入死信列表的推送");
        }

        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        ReleaseClaim();
    }

    private void ReleaseClaim()
    {
        ClaimedAtUtc = null;
        ClaimedBy = null;
    }
}
