using System.Collections.Concurrent;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// Wraps the app's message publisher: messages of the tenants put "down" fail as if the queue service
/// did not answer, so tests can see what a booking does when its messages cannot be sent; every message
/// sent is recorded, so tests can see what went out (queues nobody consumes yet, like notifications).
/// </summary>
public sealed class QueueOutage
{
    private readonly ConcurrentDictionary<string, bool> downFor = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PendingMessage> sent = new();

    /// <summary>The messages sent to <paramref name="queue"/> that mention <paramref name="text"/> (a booking or tenant id).</summary>
    public IReadOnlyList<PendingMessage> SentTo(string queue, string text) =>
        [.. sent.Where(m => m.Destination == queue && m.Body.Contains(text, StringComparison.Ordinal))];

    public void Begin(string tenantId) => downFor[tenantId] = true;

    public void End(string tenantId) => downFor.TryRemove(tenantId, out _);

    internal IMessagePublisher Wrap(IMessagePublisher inner) => new Publisher(this, inner);

    private sealed class Publisher(QueueOutage outage, IMessagePublisher inner) : IMessagePublisher
    {
        public async Task PublishAsync(PendingMessage message, CancellationToken cancellationToken)
        {
            if (outage.downFor.Keys.Any(tenantId => message.Body.Contains(tenantId, StringComparison.Ordinal)))
            {
                throw new IOException("The queue service is unavailable (injected by the test).");
            }

            await inner.PublishAsync(message, cancellationToken);
            outage.sent.Enqueue(message);
        }
    }
}
