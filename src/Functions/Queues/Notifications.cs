using System.Text.Json;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Sends each queued notification once; bound to the whole queue message, whose id and dequeue count tell a retry and the last attempt.</summary>
public sealed class Notifications(SendNotification send)
{
    [Function(nameof(SendNotification))]
    public Task SendNotification([QueueTrigger(QueueNames.Notifications)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = JsonSerializer.Deserialize<NotificationRequested>(message.Body.ToString(), AppJson.Options)
            ?? throw new JsonException("A notifications message must be a JSON object.");
        return send.ExecuteAsync(request, new NotificationDelivery(message.MessageId, message.DequeueCount >= QueueNames.MaxDequeueCount), cancellationToken);
    }
}
