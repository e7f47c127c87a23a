namespace AppointmentBooking.Domain.Common;

/// <summary>Delivers a <see cref="PendingMessage"/> to its destination queue.</summary>
public interface IMessagePublisher
{
    /// <summary>Sends the message; throws when it could not be delivered.</summary>
    Task PublishAsync(PendingMessage message, CancellationToken cancellationToken);
}
