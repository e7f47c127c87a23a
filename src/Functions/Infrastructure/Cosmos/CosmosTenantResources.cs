using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Resources of one kind as documents in their tenant's partition (id = resource id); versions are ETags.</summary>
internal sealed class CosmosTenantResources<TDomain, TDocument>(
    CosmosStore store, string type, string orderBy, Func<TDocument, TDomain> toDomain, Func<string, TDomain, string?, TDocument> toDocument)
    : ITenantResources<TDomain>
    where TDomain : class
    where TDocument : CosmosDocument
{
    private readonly PartitionQuery ordered = new(OrderBy: orderBy);

    public async Task<IReadOnlyList<Versioned<TDomain>>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<TDocument>(tenantId, type, ordered, cancellationToken)).Select(ToVersioned)];

    public async Task<Versioned<TDomain>?> FindAsync(string tenantId, string id, CancellationToken cancellationToken) =>
        await store.ReadAsync<TDocument>(tenantId, id, type, cancellationToken) is { } document ? ToVersioned(document) : null;

    public async Task<Versioned<TDomain>?> TryCreateAsync(string tenantId, TDomain value, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(toDocument(tenantId, value, null), cancellationToken) is { ETag: { } version }
            ? new Versioned<TDomain>(value, version)
            : null;

    public async Task<Versioned<TDomain>?> TryUpdateAsync(string tenantId, TDomain value, string version, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(toDocument(tenantId, value, version), cancellationToken) is { ETag: { } stored }
            ? new Versioned<TDomain>(value, stored)
            : null;

    public Task<bool> TryDeleteAsync(string tenantId, string id, string version, CancellationToken cancellationToken) =>
        store.TryDeleteAsync<TDocument>(tenantId, id, version, cancellationToken);

    private Versioned<TDomain> ToVersioned(TDocument document) => new(StoredDocuments.Map(document, toDomain), document.ETag!);
}
