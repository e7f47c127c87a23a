using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>A delivery's try number <paramref name="Attempt"/> is due (the webhook-deliveries queue); a copy for a try already made does nothing.</summary>
public sealed record WebhookDeliveryDue(string TenantId, string DeliveryId, int Attempt)
{
    public PendingMessage ToMessage(Instant now) =>
        new($"{DeliveryId}/{Attempt}", QueueNames.WebhookDeliveries, JsonSerializer.Serialize(this, AppJson.Options), now);
}
