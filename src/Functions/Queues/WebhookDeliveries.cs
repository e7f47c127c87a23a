using System.Text.Json;
using AppointmentBooking.Functions.Application.Webhooks;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Makes one try of a webhook delivery when its message becomes visible; the next try is queued by the delivery itself.</summary>
public sealed class WebhookDeliveries(DeliverWebhook deliver)
{
    [Function(nameof(DeliverWebhook))]
    public Task DeliverWebhook([QueueTrigger(QueueNames.WebhookDeliveries)] string message, CancellationToken cancellationToken) =>
        deliver.ExecuteAsync(
            JsonSerializer.Deserialize<WebhookDeliveryDue>(message, AppJson.Options) ?? throw new JsonException("A webhook-deliveries message must be a JSON object."),
            cancellationToken);
}
