namespace AppointmentBooking.Domain.Events;

/// <summary>An event read from a feed, with the feed position right after it.</summary>
/// <param name="Event">The event.</param>
/// <param name="Position">Resuming here gives the events after this one.</param>
public sealed record PositionedEvent(BookingEvent Event, string Position);
