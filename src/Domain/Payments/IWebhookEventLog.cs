namespace AppointmentBooking.Domain.Payments;

/// <summary>Remembers which gateway notifications were handled, so a redelivery does nothing (kept for 30 days).</summary>
public interface IWebhookEventLog
{
    /// <summary>Whether the notification was handled before.</summary>
    Task<bool> WasHandledAsync(string tenantId, PaymentGatewayKind gateway, string eventId, CancellationToken cancellationToken);

    /// <summary>Records the notification as handled; recording it twice is harmless.</summary>
    Task RecordHandledAsync(string tenantId, PaymentGatewayKind gateway, string eventId, CancellationToken cancellationToken);
}
