using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Application.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Tells the tenant's owner that a staff member's calendar stopped working, once per loss: the
/// <see cref="NotificationPlanner"/>'s <see cref="NotificationKind.CalendarDisconnected"/> message on the
/// notifications queue and the <c>calendar.disconnected</c> event for the dashboard and webhooks, both
/// keyed by the loss so a repeat sends nothing, then the connection records that they were queued. When
/// queueing fails the connection still owes them, and the next use of the connection queues them again.
/// </summary>
public sealed class CalendarOwnerNotice(ICalendarConnections connections, IMessagePublisher publisher, IClock clock)
{
    /// <param name="bookingId">The booking whose sync found the loss, when a booking did.</param>
    public async Task SendIfOwedAsync(CalendarConnection connection, string? bookingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.OwesOwnerNotice)
        {
            return;
        }

        var (now, lostAt) = (clock.GetCurrentInstant(), connection.LostAt!.Value);
        await publisher.PublishAsync(NotificationPlanner.CalendarLost(connection.TenantId, connection.StaffId, lostAt, bookingId, now), cancellationToken);
        await publisher.PublishAsync(
            BookingEventMessages.Direct(BookingEvent.OfCalendarLost(connection.TenantId, connection.StaffId, lostAt, now), now), cancellationToken);
        await connections.TryUpdateAsync(connection.OwnerTold(now), cancellationToken);
    }
}
