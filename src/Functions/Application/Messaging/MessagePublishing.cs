using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Application.Messaging;

public static class MessagePublishing
{
    /// <summary>Sends each message in turn; a failure throws, so the caller's retry sends again (consumers are idempotent).</summary>
    public static async Task PublishAllAsync(this IMessagePublisher publisher, IEnumerable<PendingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            await publisher.PublishAsync(message, cancellationToken);
        }
    }
}
