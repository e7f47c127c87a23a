using AppointmentBooking.Domain.Common;
using Azure.Storage.Queues;

namespace AppointmentBooking.Functions.Infrastructure.Storage;

/// <summary>Sends outbox messages to their Storage queue, creating a queue once per process where it is missing.</summary>
internal sealed class StorageQueuePublisher(QueueServiceClient queues) : IMessagePublisher
{
    private readonly Dictionary<string, Lazy<Task<QueueClient>>> clients = new(StringComparer.Ordinal);

    public async Task PublishAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await ClientFor(message.Destination).WaitAsync(cancellationToken);
        await client.SendMessageAsync(message.Body, cancellationToken);
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
