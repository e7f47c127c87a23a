using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// Turns a queued notification into the message to send, from the booking as it is now: the tenant's
/// template for the kind and audience, the recipient's address, times in the tenant's zone, and for
/// e-mails the calendar invite. A notification the booking has moved past (a reminder of a cancelled
/// booking, a confirmation of one cancelled since) is skipped: a later message tells the news. Notices
/// about a staff member rather than a booking go to <see cref="StaffNoticeComposer"/>.
/// </summary>
public sealed class NotificationComposer(
    IAppointmentRepository appointments, ITenantCatalog catalog, INotificationSettingsStore settings, IRecipientDirectory recipients,
    IReminderOptOuts optOuts, TemplateValues values, StaffNoticeComposer staffNotices, IClock clock)
{
    public async Task<NotificationComposition> ComposeAsync(NotificationRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == NotificationKind.CalendarDisconnected)
        {
            return await staffNotices.ComposeAsync(request, cancellationToken);
        }

        if (await appointments.FindAsync(request.TenantId, request.BookingId, cancellationToken) is not { } appointment
            || await catalog.FindByIdAsync(request.TenantId, cancellationToken) is not { } tenant)
        {
            return new NotificationComposition.Skip("The booking or its tenant no longer exists.");
        }

        if (await OutdatedAsync(request, appointment, cancellationToken) is { } reason)
        {
            return new NotificationComposition.Skip(reason);
        }

        var tenantSettings = await settings.FindAsync(request.TenantId, cancellationToken) ?? NotificationSettings.Default(request.TenantId);
        if (tenantSettings.TemplateFor(request.Kind, request.Recipient) is not { } template)
        {
            return new NotificationComposition.Skip($"The {request.Recipient} is never told of {request.Kind}.");
        }

        if (await recipients.FindAsync(appointment, request.Recipient, request.Channel, cancellationToken) is not { } to)
        {
            return new NotificationComposition.Skip($"No {request.Channel} address of the {request.Recipient} is on file.");
        }

        var filled = await values.ForAsync(request, appointment, tenant, to, cancellationToken);
        return new NotificationComposition.Ready(new NotificationMessage(
            request.DedupeKey, to, tenant.Tenant.Name, template.Render(filled), CalendarInvites.For(request, appointment, filled, to)));
    }

    /// <summary>Why the booking no longer matches what the notification says, or null when it still does.</summary>
    private async Task<string?> OutdatedAsync(NotificationRequested request, Appointment appointment, CancellationToken cancellationToken)
    {
        var status = appointment.StatusAt(clock.GetCurrentInstant());
        return request.Kind switch
        {
            NotificationKind.Confirmation or NotificationKind.Reschedule when status != BookingStatus.Confirmed =>
                $"The booking is {status} now.",
            NotificationKind.Reminder when status != BookingStatus.Confirmed || appointment.Placement.Start <= clock.GetCurrentInstant() =>
                "The booking is no longer coming up.",
            NotificationKind.Reminder when await optOuts.IsOptedOutAsync(appointment.TenantId, appointment.CustomerId, cancellationToken) =>
                "The customer opted out of reminders.",
            NotificationKind.Cancellation when status != BookingStatus.Cancelled => $"The booking is {status} now.",
            _ => null,
        };
    }
}
