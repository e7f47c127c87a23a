using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// Hands an event to every enabled endpoint that wants it: one delivery each (its id from the event and
/// the endpoint, so a second hand-out finds it made), with the exact body every try will post, and its
/// first try queued. A delivery found made but never tried is queued again: the earlier hand-out may
/// have stopped before queuing it.
/// </summary>
public sealed class WebhookFanOut(
    ITenantResources<WebhookEndpoint> endpoints, IWebhookDeliveries deliveries, IMessagePublisher publisher, IOptions<WebhookOptions> options, IClock clock)
{
    public async Task ExecuteAsync(BookingEvent bookingEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookingEvent);
        var wanting = (await endpoints.ListAsync(bookingEvent.TenantId, cancellationToken)).Select(e => e.Value).Where(e => e.Wants(bookingEvent.Kind)).ToList();
        if (wanting.Count == 0)
        {
            return;
        }

        var body = JsonSerializer.Serialize(EventPayload.Of(bookingEvent, withContact: true), AppJson.Options);
        var now = clock.GetCurrentInstant();
        foreach (var endpoint in wanting)
        {
            var delivery = WebhookDelivery.For(endpoint.Id, bookingEvent, body, now);
            var stored = await deliveries.TryCreateAsync(bookingEvent.TenantId, delivery, options.Value.DeliveryRetention, cancellationToken)
                ?? await deliveries.FindAsync(bookingEvent.TenantId, delivery.Id, cancellationToken);
            if (stored is { State: DeliveryState.Pending, Attempts.Count: 0 })
            {
                await publisher.PublishAsync(new WebhookDeliveryDue(bookingEvent.TenantId, stored.Id, 1).ToMessage(now), cancellationToken);
            }
        }
    }
}
