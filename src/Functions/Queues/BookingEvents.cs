using System.Text.Json;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Keeps each booking event and hands it to the tenant's webhooks; a failure is retried by the queue, then poisoned.</summary>
public sealed class BookingEvents(RecordBookingEvent record)
{
    [Function(nameof(RecordBookingEvent))]
    public Task RecordBookingEvent([QueueTrigger(QueueNames.BookingEvents)] string message, CancellationToken cancellationToken) =>
        record.ExecuteAsync(
            JsonSerializer.Deserialize<BookingEventRaised>(message, AppJson.Options) ?? throw new JsonException("A booking-events message must be a JSON object."),
            cancellationToken);
}
