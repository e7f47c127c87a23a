using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>What composing a notification came to.</summary>
public abstract record NotificationComposition
{
    private NotificationComposition()
    {
    }

    /// <summary>The message to send.</summary>
    public sealed record Ready(NotificationMessage Message) : NotificationComposition;

    /// <summary>Nothing to send; <see cref="Reason"/> says why, without personal data.</summary>
    public sealed record Skip(string Reason) : NotificationComposition;
}
