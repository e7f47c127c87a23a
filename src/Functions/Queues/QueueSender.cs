using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Json;
using Azure.Storage.Queues;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Sends the app's queue messages as JSON, creating the queue once per process where it is missing.</summary>
public sealed class QueueSender(QueueServiceClient queues)
{
    private readonly Dictionary<string, Lazy<Task<QueueClient>>> clients = new(StringComparer.Ordinal);

    public async Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken)
    {
        var client = await ClientFor(queueName).WaitAsync(cancellationToken);
        await client.SendMessageAsync(JsonSerializer.Serialize(message, AppJson.Options), cancellationToken);
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
