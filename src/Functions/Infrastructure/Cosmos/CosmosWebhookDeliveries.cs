using System.Globalization;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Deliveries as documents in their tenant's partition; versions are ETags and each write renews the
/// TTL. An endpoint's listing pages newest first with a keyset cursor on the sort key, which holds the
/// id too, so one ORDER BY key serves (no composite index needed).
/// </summary>
internal sealed class CosmosWebhookDeliveries(CosmosStore store) : IWebhookDeliveries
{
    public async Task<WebhookDelivery?> FindAsync(string tenantId, string deliveryId, CancellationToken cancellationToken) =>
        await store.ReadAsync<DeliveryDocument>(tenantId, deliveryId, DocumentTypes.Delivery, cancellationToken) is { } document ? ToDomain(document) : null;

    public async Task<WebhookDelivery?> TryCreateAsync(string tenantId, WebhookDelivery delivery, Duration keepFor, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(ToDocument(tenantId, delivery, keepFor), cancellationToken) is { ETag: { } version } ? delivery.Stored(version) : null;

    public async Task<WebhookDelivery?> TryUpdateAsync(string tenantId, WebhookDelivery delivery, Duration keepFor, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(ToDocument(tenantId, delivery, keepFor), cancellationToken) is { ETag: { } version } ? delivery.Stored(version) : null;

    public async Task<Page<WebhookDelivery>> ListAsync(
        string tenantId, string endpointId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = new PartitionQuery("c.endpointId = @endpointId" + (after is null ? string.Empty : " AND c.sortKey < @after"), "c.sortKey DESC", limit + 1)
        {
            Parameters = new Dictionary<string, object> { ["@endpointId"] = endpointId, ["@after"] = after?.SortKey ?? string.Empty },
        };
        var results = await store.QueryAsync<DeliveryDocument>(tenantId, DocumentTypes.Delivery, query, cancellationToken);
        return KeysetPage.Of(results, limit, d => d.SortKey, ToDomain);
    }

    private static DeliveryDocument ToDocument(string tenantId, WebhookDelivery delivery, Duration keepFor) => new()
    {
        Id = delivery.Id,
        TenantId = tenantId,
        EndpointId = delivery.EndpointId,
        EventId = delivery.EventId,
        Kind = delivery.Kind,
        Body = delivery.Body,
        CreatedAt = delivery.CreatedAt,
        SortKey = delivery.CreatedAt.ToUnixTimeMilliseconds().ToString("D15", CultureInfo.InvariantCulture) + "|" + delivery.Id,
        State = delivery.State,
        Attempts = [.. delivery.Attempts.Select(a =>
            new DeliveryAttemptDocument(a.Number, a.At, a.StatusCode, a.Error, (long)a.Duration.TotalMilliseconds, a.ResponseExcerpt))],
        Ttl = (int)keepFor.TotalSeconds,
        ETag = delivery.Version,
    };

    private static WebhookDelivery ToDomain(DeliveryDocument document) => new(
        document.Id,
        document.EndpointId,
        document.EventId,
        document.Kind,
        document.Body,
        document.CreatedAt,
        document.State,
        document.Attempts.Select(a => new DeliveryAttempt(a.Number, a.At, a.StatusCode, a.Error, Duration.FromMilliseconds(a.DurationMs), a.ResponseExcerpt)),
        document.ETag);
}
