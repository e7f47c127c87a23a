namespace AppointmentBooking.Domain.Events;

/// <summary>
/// A tenant's events in the order they were kept, from a position on: the source of the dashboard's
/// live stream. Every instance reads the same feed, so a reader can resume on any of them.
/// </summary>
public interface IBookingEventFeed
{
    /// <summary>The position of the feed's end now: a reader starting there sees only what comes next.</summary>
    Task<string> EndAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="position"/> has the form of a position this feed gives out (a reader's last event id may be anything).</summary>
    bool IsPosition(string position);

    /// <summary>The events kept after <paramref name="position"/>, each with the position just after it, and the position after the last one read.</summary>
    /// <exception cref="FormatException">The position is not one this feed gave out.</exception>
    Task<EventFeedPage> ReadAsync(string tenantId, string position, CancellationToken cancellationToken);
}
