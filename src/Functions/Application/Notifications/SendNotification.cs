using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Messaging;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// Sends one queued notification, once per de-duplication key:
/// <list type="number">
/// <item>Claim: create the notification's record (create-if-absent on the key) <b>before</b> sending. A
/// record already there means another delivery handled it or is handling it, and this one sends nothing,
/// unless it is a retry of the very queue message that claimed it, which carries on.</item>
/// <item>Compose and send on the channel; record sent (with the provider's id), skipped or failed.</item>
/// <item>Acknowledge the booking's outbox message, so the relay stops resending it.</item>
/// </list>
/// A send that fails is rethrown, and the queue retries it (host.json <c>maxDequeueCount</c>). The last
/// attempt records the failure before rethrowing, so the message lands in <c>notifications-poison</c>
/// (which raises the poison alert) with a record saying it failed; the poisoned message itself stays
/// there to be replayed. A refusal no retry can fix is recorded as failed at once.
/// </summary>
public sealed partial class SendNotification(
    INotificationLog log, NotificationComposer composer, IEnumerable<INotificationChannel> channels, OutboxAcknowledger acknowledger,
    IClock clock, ILogger<SendNotification> logger)
{
    /// <summary>The record as this delivery left it; null when another delivery of the same notification is sending it.</summary>
    public async Task<NotificationRecord?> ExecuteAsync(NotificationRequested request, NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(delivery);
        var record = await ClaimAsync(request, delivery, cancellationToken);
        if (!record.IsSettled && !record.IsOwnedBy(delivery.MessageId))
        {
            LogBusy(logger, request.BookingId, request.Kind, request.Channel);
            return null;
        }

        var settled = record.IsSettled ? record : await SendAsync(record, request, delivery, cancellationToken);
        await AcknowledgeAsync(request, cancellationToken);
        return settled;
    }

    private async Task<NotificationRecord> ClaimAsync(NotificationRequested request, NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var claim = NotificationRecord.Claim(request.DedupeKey, request.TenantId, request.BookingId, request.Kind, request.Recipient, request.Channel,
            delivery.MessageId, Now);
        return await OptimisticRetry.RunAsync(RetryLimits.Document, async () =>
        {
            if (await log.TryCreateAsync(claim, cancellationToken) is { } created)
            {
                return created;
            }

            return await log.FindAsync(request.TenantId, request.DedupeKey, cancellationToken) switch
            {
                null => null,
                var mine when mine.IsOwnedBy(delivery.MessageId) => await log.TryUpdateAsync(mine.Retry(Now), cancellationToken),
                var existing => existing,
            };
        }, cancellationToken) ?? throw new ContentionException($"The record of notification {request.DedupeKey} kept changing; the message will be retried.");
    }

    private async Task<NotificationRecord> SendAsync(
        NotificationRecord claimed, NotificationRequested request, NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var composition = await composer.ComposeAsync(request, cancellationToken);
        if (composition is not NotificationComposition.Ready { Message: var message })
        {
            return await SettleAsync(claimed.Skipped(((NotificationComposition.Skip)composition).Reason, Now), cancellationToken);
        }

        var channel = channels.First(c => c.Channel == request.Channel);
        if (!channel.IsConfigured)
        {
            LogNotConfigured(logger, request.Channel, request.TenantId);
            return await SettleAsync(NotConfigured(claimed, request.Channel), cancellationToken);
        }

        string providerId;
        try
        {
            providerId = await channel.SendAsync(message, cancellationToken);
        }
        catch (NotificationDeliveryException refused)
        {
            LogRefused(logger, refused, request.Kind, request.Channel, request.BookingId);
            return await SettleAsync(claimed.Failed(refused.Message, Now), cancellationToken);
        }
        catch (Exception exception) when (delivery.IsLastAttempt && exception is not OperationCanceledException)
        {
            await SettleAsync(claimed.Failed($"Gave up after {claimed.Attempts} attempts: {exception.GetType().Name}.", Now), cancellationToken);
            await AcknowledgeAsync(request, cancellationToken);
            throw;
        }

        // Recorded only once the provider accepted the message. A crash right here, before this write,
        // leaves the record "sending"; the queue's retry of this message finds it still its own and sends
        // again: the one duplicate accepted, since no provider call can be atomic with a database write.
        // E-mails carry a Message-Id derived from the key, so mail clients show the two as one.
        return await SettleAsync(claimed.Sent(providerId, Now), cancellationToken);
    }

    /// <summary>E-mail is how every booking is confirmed, so a missing SMTP set-up is a failure to see; text messages are optional.</summary>
    private NotificationRecord NotConfigured(NotificationRecord claimed, NotificationChannel channel) => channel == NotificationChannel.Email
        ? claimed.Failed("E-mail is not set up (Smtp:Host).", Now)
        : claimed.Skipped("Text messages are not set up (Sms:Twilio).", Now);

    /// <summary>A notice about a staff member was published directly, from no booking's outbox.</summary>
    private Task AcknowledgeAsync(NotificationRequested request, CancellationToken cancellationToken) =>
        request.Kind == NotificationKind.CalendarDisconnected
            ? Task.CompletedTask
            : acknowledger.AcknowledgeAsync(request.TenantId, request.BookingId, request.DedupeKey, cancellationToken);

    private async Task<NotificationRecord> SettleAsync(NotificationRecord record, CancellationToken cancellationToken) =>
        await log.TryUpdateAsync(record, cancellationToken)
            ?? throw new ContentionException($"The record of notification {record.Key} changed while it was being sent.");

    private Instant Now => clock.GetCurrentInstant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} notifications of tenant {TenantId} cannot be sent: the channel is not set up")]
    private static partial void LogNotConfigured(ILogger logger, NotificationChannel channel, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Kind} by {Channel} of booking {BookingId} was refused for good and is recorded as failed")]
    private static partial void LogRefused(ILogger logger, Exception exception, NotificationKind kind, NotificationChannel channel, string bookingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Kind} by {Channel} of booking {BookingId} is being sent by another delivery; this one does nothing")]
    private static partial void LogBusy(ILogger logger, string bookingId, NotificationKind kind, NotificationChannel channel);
}
