namespace ReviewEngine.Domain.Webhooks;

/// <summary>Where a delivery stands. Stored by name.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Gave up after the maximum attempts; an administrator may retry it.</summary>
    DeadLettered,
}
