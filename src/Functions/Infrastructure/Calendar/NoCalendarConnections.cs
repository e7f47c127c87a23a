using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Functions.Infrastructure.Calendar;

/// <summary>
/// The calendar adapter of an app where no staff member can connect a calendar yet: every booking is
/// recorded as skipped, honestly, and goes on. The Google Calendar adapter replaces it.
/// </summary>
internal sealed class NoCalendarConnections : ICalendarSync
{
    public Task<CalendarSyncResult> PushAsync(Appointment appointment, CancellationToken cancellationToken) =>
        Task.FromResult<CalendarSyncResult>(new CalendarSyncResult.Skipped("No calendar is connected for this staff member."));

    public Task RemoveAsync(Appointment appointment, CancellationToken cancellationToken) => Task.CompletedTask;
}
