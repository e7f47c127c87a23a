using AppointmentBooking.Domain.Common;
using Azure.Storage.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Storage;

/// <summary>
/// Sends outbox messages to their Storage queue, creating a queue once per process where it is missing.
/// A delayed message is sent with a visibility timeout: the queue hides it until then (at most 7 days).
/// </summary>
internal sealed class StorageQueuePublisher(QueueServiceClient queues) : IMessagePublisher, IMessageScheduler
{
    private readonly Dictionary<string, Lazy<Task<QueueClient>>> clients = new(StringComparer.Ordinal);

    public async Task PublishAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await ClientFor(message.Destination).WaitAsync(cancellationToken);
        await client.SendMessageAsync(message.Body, cancellationToken);
    }

    public async Task ScheduleAsync(PendingMessage message, Duration delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await ClientFor(message.Destination).WaitAsync(cancellationToken);
        await client.SendMessageAsync(message.Body, visibilityTimeout: delay.ToTimeSpan(), cancellationToken: cancellationToken);
    }

    private Task<QueueClient> ClientFor(string queueName)
    {
        lock (clients)
        {
            if (!clients.TryGetValue(queueName, out var client) || client.Value.IsFaulted)
            {
                client = new Lazy<Task<QueueClient>>(() => CreateAsync(queueName));
                clients[queueName] = client;
            }

            return client.Value;
        }
    }

    private async Task<QueueClient> CreateAsync(string queueName)
    {
        var client = queues.GetQueueClient(queueName);
        await client.CreateIfNotExistsAsync();
        return client;
    }
}
