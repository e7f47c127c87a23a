using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Infrastructure.Sms;

/// <summary>Text messages as a notification channel, through whichever SMS provider is registered.</summary>
internal sealed class SmsChannel(ISmsProvider provider) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public bool IsConfigured => provider.IsConfigured;

    public Task<string> SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Content.Sms ?? throw new NotificationDeliveryException($"The template of {message.Reference} has no text message.");
        return provider.SendAsync(message.To.Address, text, cancellationToken);
    }
}
