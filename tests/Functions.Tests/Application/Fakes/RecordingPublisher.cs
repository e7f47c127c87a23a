using System.Collections.Concurrent;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Records what was published; can be made to fail like a queue that is down.</summary>
internal sealed class RecordingPublisher : IMessagePublisher
{
    private readonly ConcurrentQueue<PendingMessage> sent = new();

    public bool Down { get; set; }

    public IReadOnlyList<PendingMessage> Sent => [.. sent];

    public Task PublishAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new IOException("The queue service is unavailable.");
        }

        sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
