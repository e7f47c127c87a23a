using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using static AppointmentBooking.Domain.Notifications.TemplatePlaceholders;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// Which booking e-mails carry a calendar invite. A confirmation or a move asks the calendar to add or
/// update the entry, with the move count as its SEQUENCE so each move replaces the last; a cancellation
/// removes it, one SEQUENCE higher (RFC 5546). All carry the booking's one UID.
/// </summary>
public static class CalendarInvites
{
    public static CalendarInvite? For(
        NotificationRequested request, Appointment appointment, IReadOnlyDictionary<string, string> values, NotificationAddress attendee)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(values);
        if (request.Channel != NotificationChannel.Email)
        {
            return null;
        }

        (InviteMethod Method, int Sequence)? invite = request.Kind switch
        {
            NotificationKind.Confirmation or NotificationKind.Reschedule => (InviteMethod.Request, appointment.RescheduleCount),
            NotificationKind.Cancellation => (InviteMethod.Cancel, appointment.RescheduleCount + 1),
            _ => null,
        };
        if (invite is not { } chosen)
        {
            return null;
        }

        var summary = request.Recipient == NotificationRecipient.Customer
            ? $"{values[ServiceName]} at {values[BusinessName]}"
            : $"{values[ServiceName]}: {values[CustomerName]}";
        return new CalendarInvite(
            Uid(appointment), chosen.Sequence, chosen.Method, appointment.Placement.Start, appointment.Placement.End, appointment.Zone, summary, attendee);
    }

    /// <summary>The booking's calendar id: stable for its whole life, unique across tenants.</summary>
    public static string Uid(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return $"{appointment.Id}@{appointment.TenantId}.appointment-booking";
    }
}
