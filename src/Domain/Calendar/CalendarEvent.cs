using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>A booking as its staff member's calendar shows it; times are instants, shown in the booking's zone.</summary>
/// <param name="Id">The event id, from <see cref="CalendarEventId"/>.</param>
/// <param name="Summary">The title: service and customer.</param>
/// <param name="Description">Where it comes from (the business, the booking id).</param>
/// <param name="Start">The appointment's start.</param>
/// <param name="End">The appointment's end.</param>
/// <param name="Zone">The booking's time zone, which the event carries.</param>
public sealed record CalendarEvent(string Id, string Summary, string Description, Instant Start, Instant End, DateTimeZone Zone)
{
    /// <summary>Whether <paramref name="existing"/> already shows this event where it belongs.</summary>
    public bool IsShownBy(ExistingEvent existing)
    {
        Preconditions.CheckNotNull(existing, nameof(existing));
        return !existing.IsCancelled && existing.Start == Start && existing.End == End;
    }
}
