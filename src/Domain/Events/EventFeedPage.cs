namespace AppointmentBooking.Domain.Events;

/// <summary>Events read from a feed and where reading goes on.</summary>
/// <param name="Events">The events, each with the position right after it (resuming there gives the events after it).</param>
/// <param name="Position">Where the next read starts; the same as the last event's when the read ended on an event.</param>
public sealed record EventFeedPage(IReadOnlyList<PositionedEvent> Events, string Position);
