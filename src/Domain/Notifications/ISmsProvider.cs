namespace AppointmentBooking.Domain.Notifications;

/// <summary>A text-message provider (Twilio in Azure). Throws <see cref="NotificationDeliveryException"/> for a permanent refusal.</summary>
public interface ISmsProvider
{
    /// <summary>Whether the provider's settings are there.</summary>
    bool IsConfigured { get; }

    /// <summary>Sends <paramref name="text"/> to the E.164 number <paramref name="phoneNumber"/>; returns the provider's message id.</summary>
    Task<string> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
