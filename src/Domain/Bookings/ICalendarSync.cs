namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// Keeps bookings in their staff member's own calendar. Adapters throw on transient failures (the
/// caller retries); <see cref="CalendarSyncResult.Conflict"/> is final.
/// </summary>
public interface ICalendarSync
{
    /// <summary>Puts the booking in the calendar (or moves its event there), after checking the time is still free.</summary>
    Task<CalendarSyncResult> PushAsync(Appointment appointment, CancellationToken cancellationToken);

    /// <summary>Takes the booking's event out of the calendar; removing a missing event does nothing.</summary>
    Task RemoveAsync(Appointment appointment, CancellationToken cancellationToken);
}
