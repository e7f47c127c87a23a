using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Handled notifications as documents with a 30-day TTL in the tenant's partition. The id hashes the
/// gateway's event id, which may hold characters Cosmos DB ids cannot.
/// </summary>
internal sealed class CosmosWebhookEventLog(CosmosStore store, IClock clock) : IWebhookEventLog
{
    private static readonly int ThirtyDays = (int)Duration.FromDays(30).TotalSeconds;

    public async Task<bool> WasHandledAsync(string tenantId, PaymentGatewayKind gateway, string eventId, CancellationToken cancellationToken) =>
        await store.ReadAsync<WebhookEventDocument>(tenantId, IdFor(gateway, eventId), cancellationToken) is not null;

    public async Task RecordHandledAsync(string tenantId, PaymentGatewayKind gateway, string eventId, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(new WebhookEventDocument
        {
            Id = IdFor(gateway, eventId),
            TenantId = tenantId,
            Gateway = gateway,
            EventId = eventId,
            HandledAt = clock.GetCurrentInstant(),
            Ttl = ThirtyDays,
        }, cancellationToken);

    private static string IdFor(PaymentGatewayKind gateway, string eventId) =>
        $"whk-{gateway.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)))[..40]}";
}
