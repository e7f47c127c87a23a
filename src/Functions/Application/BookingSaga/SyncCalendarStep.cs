using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// Puts a confirmed booking in its staff member's calendar; transient failures throw, so the saga's
/// retry policy runs. A booking cancelled while its event was being added loses the event again.
/// </summary>
public sealed class SyncCalendarStep(IAppointmentRepository appointments, ICalendarSync calendar)
{
    public async Task<CalendarStepResult> ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is not { Status: BookingStatus.Confirmed } appointment)
        {
            return CalendarStepResult.Skipped;
        }

        var result = await calendar.PushAsync(appointment, cancellationToken);
        if (result is CalendarSyncResult.Synced
            && await appointments.FindAsync(tenantId, bookingId, cancellationToken) is { Status: not BookingStatus.Confirmed } changed)
        {
            await calendar.RemoveAsync(changed, cancellationToken);
        }

        return result switch
        {
            CalendarSyncResult.Synced => CalendarStepResult.Synced,
            CalendarSyncResult.Conflict => CalendarStepResult.Conflict,
            _ => CalendarStepResult.Skipped,
        };
    }
}
