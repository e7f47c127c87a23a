using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>The booking-events messages of a change: one per event, its id the event's, so a retried change queues the same ones.</summary>
public static class BookingEventMessages
{
    /// <summary>The booking with a message per event its transitions raised, in its outbox, ready to be stored with them.</summary>
    public static Appointment Outboxed(Appointment appointment, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return appointment.Raised.Aggregate(appointment, (queued, kind) =>
            queued.Queue(Message(BookingEvent.Of(appointment, kind, now), outboxed: true, now)));
    }

    /// <summary>The message of an event that no outbox carries (a deposit's): whoever sends it sends it again on a retry.</summary>
    public static PendingMessage Direct(BookingEvent bookingEvent, Instant now) => Message(bookingEvent, outboxed: false, now);

    private static PendingMessage Message(BookingEvent bookingEvent, bool outboxed, Instant now) =>
        new(bookingEvent.Id, QueueNames.BookingEvents,
            JsonSerializer.Serialize(new BookingEventRaised(bookingEvent.Id, outboxed, bookingEvent), AppJson.Options), now);
}
