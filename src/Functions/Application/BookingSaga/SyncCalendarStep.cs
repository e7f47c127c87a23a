using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>Puts a confirmed booking in its staff member's calendar; transient failures throw, so the saga's retry policy runs.</summary>
public sealed class SyncCalendarStep(IAppointmentRepository appointments, ICalendarSync calendar)
{
    public async Task<CalendarStepResult> ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is not { Status: BookingStatus.Confirmed } appointment)
        {
            return CalendarStepResult.Skipped;
        }

        return await calendar.PushAsync(appointment, cancellationToken) switch
        {
            CalendarSyncResult.Synced => CalendarStepResult.Synced,
            CalendarSyncResult.Conflict => CalendarStepResult.Conflict,
            _ => CalendarStepResult.Skipped,
        };
    }
}
