namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// Sends notifications one way (e-mail, text message). Adapters throw
/// <see cref="NotificationDeliveryException"/> for a refusal that no retry can fix, and any other
/// exception for a failure worth retrying.
/// </summary>
public interface INotificationChannel
{
    /// <summary>The channel this sends on.</summary>
    NotificationChannel Channel { get; }

    /// <summary>Whether the provider's settings are there; a channel that is not set up sends nothing.</summary>
    bool IsConfigured { get; }

    /// <summary>Sends the message; returns the provider's id of it.</summary>
    Task<string> SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}
