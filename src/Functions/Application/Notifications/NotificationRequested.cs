using AppointmentBooking.Domain.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// One notification to send: one recipient on one channel, queued on the notifications queue.
/// <see cref="DedupeKey"/> is the same for every delivery of the same notification, so it is sent once.
/// </summary>
/// <param name="BookingId">The booking it is about; empty for news about a staff member rather than a booking (a calendar that stopped working, found by the slot search).</param>
/// <param name="AlternativeStarts">Free starts to offer instead (ISO 8601 with offset), when the booking could not go ahead.</param>
/// <param name="WebhookEndpointId">The webhook endpoint a <see cref="NotificationKind.WebhookDisabled"/> notice is about.</param>
/// <param name="StaffId">The staff member it is about, when that is not the booking's (a <see cref="NotificationKind.CalendarDisconnected"/> notice names the staff member whose calendar it is).</param>
public sealed record NotificationRequested(
    string DedupeKey,
    string TenantId,
    string BookingId,
    NotificationKind Kind,
    NotificationRecipient Recipient,
    NotificationChannel Channel,
    Instant RequestedAt,
    IReadOnlyList<string> AlternativeStarts,
    string? WebhookEndpointId = null,
    string? StaffId = null);
