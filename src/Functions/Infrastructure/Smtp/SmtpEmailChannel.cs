using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Smtp;

/// <summary>
/// E-mail over SMTP with MailKit's SmtpClient (https://mimekit.net/docs/html/T_MailKit_Net_Smtp_SmtpClient.htm):
/// connect with the configured security, sign in when a user is set, send, disconnect. A recipient or
/// sender the server refuses with a 5xx reply is a permanent failure; anything else (the relay down, a
/// 4xx reply, bad credentials an operator will fix) is thrown for the queue to retry.
/// </summary>
internal sealed class SmtpEmailChannel(IOptions<SmtpOptions> options, InviteWriter invites) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host) && !string.IsNullOrWhiteSpace(options.Value.FromAddress);

    public async Task<string> SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var from = settings.FromAddress ?? throw new InvalidOperationException("Setting Smtp:FromAddress is not configured.");
        var invite = message.Invite is { } calendarInvite ? invites.Write(calendarInvite, message.SenderName, from) : null;
        var mime = MimeMessages.Build(message, from, invite);
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Setting Smtp:Host is not configured."), settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.UserName) && SecretSetting.IsConfigured(settings.Password))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
        }

        try
        {
            await client.SendAsync(mime, cancellationToken);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500 && refused.ErrorCode is not SmtpErrorCode.UnexpectedStatusCode)
        {
            throw new NotificationDeliveryException($"The SMTP relay answered {(int)refused.StatusCode} ({refused.ErrorCode}).", refused);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return mime.MessageId ?? throw new InvalidOperationException("The message has no Message-Id.");
    }
}
