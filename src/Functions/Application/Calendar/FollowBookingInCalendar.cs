using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Messaging;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Puts a booking's change in its staff member's calendar: a confirmed booking's event is moved where
/// the booking now is (or added, after free/busy is checked), a cancelled or expired booking's event is
/// deleted. A transient failure throws, so the queue retries the message; then the outbox message is
/// acknowledged.
/// </summary>
public sealed partial class FollowBookingInCalendar(
    IAppointmentRepository appointments, ICalendarSync calendar, OutboxAcknowledger acknowledger, IClock clock, ILogger<FollowBookingInCalendar> logger)
{
    public async Task ExecuteAsync(CalendarSyncRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await appointments.FindAsync(request.TenantId, request.BookingId, cancellationToken) is { } appointment)
        {
            await FollowAsync(appointment, cancellationToken);
        }

        await acknowledger.AcknowledgeAsync(request.TenantId, request.BookingId, request.MessageId, cancellationToken);
    }

    private async Task FollowAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        switch (appointment.StatusAt(clock.GetCurrentInstant()))
        {
            case BookingStatus.Confirmed:
                if (await calendar.PushAsync(appointment, cancellationToken) is CalendarSyncResult.Conflict)
                {
                    LogBusy(logger, appointment.TenantId, appointment.Id);
                }

                break;
            case BookingStatus.Cancelled or BookingStatus.Expired:
                await calendar.RemoveAsync(appointment, cancellationToken);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Booking {BookingId} of tenant {TenantId} was not added to its staff member's calendar: the calendar is busy then; the booking stands")]
    private static partial void LogBusy(ILogger logger, string tenantId, string bookingId);
}
