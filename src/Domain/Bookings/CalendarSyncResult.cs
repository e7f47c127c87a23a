namespace AppointmentBooking.Domain.Bookings;

/// <summary>How pushing a booking to its staff member's calendar ended.</summary>
public abstract record CalendarSyncResult
{
    private CalendarSyncResult()
    {
    }

    /// <summary>The calendar holds the booking as event <see cref="EventId"/>.</summary>
    public sealed record Synced(string EventId) : CalendarSyncResult;

    /// <summary>Nothing to push to (no calendar connected, or the connection needs the staff member to reconnect).</summary>
    public sealed record Skipped(string Reason) : CalendarSyncResult;

    /// <summary>The calendar is busy at that time: the staff member cannot do the booking.</summary>
    public sealed record Conflict(string Reason) : CalendarSyncResult;
}
