using System.Text.Json;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Tells the tenant's owners that a staff member's calendar stopped working, once per loss: a
/// <see cref="NotificationKind.CalendarDisconnected"/> message on the notifications queue, keyed by the
/// loss so a repeat sends nothing, then the connection records that it was queued. When queueing
/// fails the connection still owes it, and the next use of the connection queues it again.
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

        var now = clock.GetCurrentInstant();
        await publisher.PublishAsync(Message(connection, bookingId, now), cancellationToken);
        await connections.TryUpdateAsync(connection.OwnerTold(now), cancellationToken);
    }

    private static PendingMessage Message(CalendarConnection connection, string? bookingId, Instant now)
    {
        var key = $"calendar-{connection.StaffId}/{NotificationKind.CalendarDisconnected}/{connection.LostAt!.Value.ToUnixTimeMilliseconds()}/"
            + $"{NotificationRecipient.Owner}/{NotificationChannel.Email}";
        var request = new NotificationRequested(key.ToLowerInvariant(), connection.TenantId, bookingId ?? string.Empty, NotificationKind.CalendarDisconnected,
            NotificationRecipient.Owner, NotificationChannel.Email, now, [], connection.StaffId);
        return new PendingMessage(request.DedupeKey, QueueNames.Notifications, JsonSerializer.Serialize(request, AppJson.Options), now);
    }
}
