using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>What a try at a delivery came to.</summary>
public abstract record DeliveryOutcome
{
    private DeliveryOutcome()
    {
    }

    /// <summary>The delivery to store.</summary>
    public abstract WebhookDelivery Delivery { get; }

    /// <summary>The endpoint took it.</summary>
    /// <param name="Delivery">The delivery, delivered.</param>
    public sealed record Delivered(WebhookDelivery Delivery) : DeliveryOutcome
    {
        /// <inheritdoc />
        public override WebhookDelivery Delivery { get; } = Delivery;
    }

    /// <summary>It failed; try again at <paramref name="At"/>.</summary>
    /// <param name="Delivery">The delivery, still pending.</param>
    /// <param name="At">When the next try is due.</param>
    public sealed record RetryAt(WebhookDelivery Delivery, Instant At) : DeliveryOutcome
    {
        /// <inheritdoc />
        public override WebhookDelivery Delivery { get; } = Delivery;
    }

    /// <summary>It failed for the whole retry period: the endpoint is to be disabled and its owner told.</summary>
    /// <param name="Delivery">The delivery, failed.</param>
    public sealed record GaveUp(WebhookDelivery Delivery) : DeliveryOutcome
    {
        /// <inheritdoc />
        public override WebhookDelivery Delivery { get; } = Delivery;
    }
}
