using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Application.Messaging;

/// <summary>
/// Sends the messages a booking still owes, all at once: they go to different consumers that need no
/// order between them, and a booking waits for the slowest send instead of their sum. A failure does
/// not fail the change that implied the message: the message stays in the booking's outbox and
/// <see cref="OutboxRelay"/> sends it later.
/// </summary>
public sealed partial class OutboxDispatcher(IMessagePublisher publisher, ILogger<OutboxDispatcher> logger)
{
    public Task DispatchAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return DispatchAsync(appointment.TenantId, appointment.Outbox, cancellationToken);
    }

    /// <summary>Sends some of a booking's outbox messages: those a change just added.</summary>
    public Task DispatchAsync(string tenantId, IEnumerable<PendingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Task.WhenAll(messages.Select(message => SendAsync(tenantId, message, cancellationToken)));
    }

    private async Task SendAsync(string tenantId, PendingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.PublishAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeferred(logger, exception, message.Id, message.Destination, tenantId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} to {Destination} for tenant {TenantId} could not be sent; the outbox relay will resend it")]
    private static partial void LogDeferred(ILogger logger, Exception exception, string messageId, string destination, string tenantId);
}
