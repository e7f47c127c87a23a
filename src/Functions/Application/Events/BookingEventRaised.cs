using AppointmentBooking.Domain.Events;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>
/// An event on its way to be kept and handed out, on the booking-events queue. A booking's events
/// travel in its outbox (<paramref name="Outboxed"/>): the consumer acknowledges them there once done.
/// </summary>
/// <param name="MessageId">The message; the event's id, so every copy names the same event.</param>
/// <param name="Outboxed">Whether the message sits in its booking's outbox until acknowledged.</param>
/// <param name="Event">The event.</param>
public sealed record BookingEventRaised(string MessageId, bool Outboxed, BookingEvent Event);
