using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>Stores a tenant's webhook deliveries, each with optimistic concurrency on <see cref="WebhookDelivery.Version"/>.</summary>
public interface IWebhookDeliveries
{
    /// <summary>The delivery, or null.</summary>
    Task<WebhookDelivery?> FindAsync(string tenantId, string deliveryId, CancellationToken cancellationToken);

    /// <summary>Stores a new delivery, kept for <paramref name="keepFor"/> after its last write; null when one with its id exists.</summary>
    Task<WebhookDelivery?> TryCreateAsync(string tenantId, WebhookDelivery delivery, Duration keepFor, CancellationToken cancellationToken);

    /// <summary>Replaces the delivery if it is still at its version, kept for <paramref name="keepFor"/> from now; null when another writer changed it.</summary>
    Task<WebhookDelivery?> TryUpdateAsync(string tenantId, WebhookDelivery delivery, Duration keepFor, CancellationToken cancellationToken);

    /// <summary>An endpoint's deliveries, newest first, <paramref name="limit"/> a page, after <paramref name="after"/>.</summary>
    Task<Page<WebhookDelivery>> ListAsync(string tenantId, string endpointId, PageCursor? after, int limit, CancellationToken cancellationToken);
}
