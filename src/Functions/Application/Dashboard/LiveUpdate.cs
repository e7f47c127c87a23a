using AppointmentBooking.Domain.Events;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>What following a stream yields: an event the member may see, or a quiet moment.</summary>
public abstract record LiveUpdate
{
    private LiveUpdate()
    {
    }

    /// <summary>An event, and the position right after it (the stream's event id).</summary>
    public sealed record Happened(BookingEvent Event, string Position) : LiveUpdate;

    /// <summary>Nothing new for now; the feed was read up to <paramref name="Position"/>.</summary>
    public sealed record Quiet(string Position) : LiveUpdate;
}
