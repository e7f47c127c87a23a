using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>Which notifications a booking event sends: one message per recipient and channel the booking has an address for.</summary>
public static class NotificationPlanner
{
    private static readonly NotificationKind[] StaffHears =
        [NotificationKind.Confirmation, NotificationKind.Cancellation, NotificationKind.Reschedule, NotificationKind.BookingUndone];

    /// <param name="occasion">Tells apart repeats of one kind for one booking (the reschedule count, a reminder's lead).</param>
    public static IReadOnlyList<PendingMessage> For(
        Appointment appointment, NotificationKind kind, string occasion, Instant now, IReadOnlyList<string>? alternativeStarts = null)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var recipients = new List<(NotificationRecipient, NotificationChannel)>();
        if (appointment.Customer.Email is not null)
        {
            recipients.Add((NotificationRecipient.Customer, NotificationChannel.Email));
        }

        if (appointment.Customer.Phone is not null)
        {
            recipients.Add((NotificationRecipient.Customer, NotificationChannel.Sms));
        }

        if (StaffHears.Contains(kind))
        {
            recipients.Add((NotificationRecipient.Staff, NotificationChannel.Email));
        }

        return [.. recipients.Select(r => Message(appointment, kind, occasion, r.Item1, r.Item2, now, alternativeStarts ?? []))];
    }

    /// <summary>The customer's message of a reminder that is due.</summary>
    public static PendingMessage Reminder(Appointment appointment, DueReminder reminder, Instant now)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Message(appointment, NotificationKind.Reminder, reminder.Occasion, NotificationRecipient.Customer, reminder.Channel, now, []);
    }

    /// <summary>
    /// The owners' notice that a staff member's calendar stopped working, keyed by the moment it was lost so
    /// each loss is told once however often it is found.
    /// </summary>
    /// <param name="bookingId">The booking whose sync found the loss; null when the slot search found it.</param>
    public static PendingMessage CalendarLost(string tenantId, string staffId, Instant lostAt, string? bookingId, Instant now)
    {
        var key = $"calendar-{staffId}/{NotificationKind.CalendarDisconnected}/{lostAt.ToUnixTimeMilliseconds()}/"
            + $"{NotificationRecipient.Owner}/{NotificationChannel.Email}";
        var request = new NotificationRequested(key.ToLowerInvariant(), tenantId, bookingId ?? string.Empty, NotificationKind.CalendarDisconnected,
            NotificationRecipient.Owner, NotificationChannel.Email, now, [], StaffId: staffId);
        return new PendingMessage(request.DedupeKey, QueueNames.Notifications, JsonSerializer.Serialize(request, AppJson.Options), now);
    }

    private static PendingMessage Message(
        Appointment appointment, NotificationKind kind, string occasion, NotificationRecipient recipient, NotificationChannel channel, Instant now,
        IReadOnlyList<string> alternatives)
    {
        var key = $"{appointment.Id}/{kind}/{occasion}/{recipient}/{channel}".ToLowerInvariant();
        var request = new NotificationRequested(key, appointment.TenantId, appointment.Id, kind, recipient, channel, now, alternatives);
        return new PendingMessage(key, QueueNames.Notifications, JsonSerializer.Serialize(request, AppJson.Options), now);
    }
}
