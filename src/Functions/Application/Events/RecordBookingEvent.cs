using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Products;
using AppointmentBooking.Functions.Application.Webhooks;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>
/// Takes one event off the booking-events queue: keeps it (the analytics, and through the partition's
/// change feed the dashboard's stream), moves the booking's product stock, hands it to the tenant's
/// webhooks, then acknowledges it in the booking's outbox. Every step finds itself done when the
/// message comes again, so a failure anywhere is retried by the queue without doubling anything.
/// </summary>
public sealed class RecordBookingEvent(
    IBookingEventLog log, ITenantCatalog catalog, ProductStock stock, WebhookFanOut webhooks, OutboxAcknowledger acknowledger,
    IOptions<AnalyticsOptions> options)
{
    public async Task ExecuteAsync(BookingEventRaised raised, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raised);
        var bookingEvent = raised.Event;
        var zone = bookingEvent.Booking?.Zone ?? (await catalog.FindByIdAsync(bookingEvent.TenantId, cancellationToken))?.Policy.Zone ?? DateTimeZone.Utc;
        await log.TryAppendAsync(bookingEvent, bookingEvent.OccurredAt.InZone(zone).Date, options.Value.Retention, cancellationToken);
        await stock.ApplyAsync(bookingEvent, cancellationToken);
        await webhooks.ExecuteAsync(bookingEvent, cancellationToken);
        if (raised.Outboxed && bookingEvent.Booking is { } booking)
        {
            await acknowledger.AcknowledgeAsync(bookingEvent.TenantId, booking.BookingId, raised.MessageId, cancellationToken);
        }
    }
}
