using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>The catalog stamp as one tiny document in the tenant's partition: a point read to check, an upsert to change.</summary>
internal sealed class CosmosCatalogStamps(CosmosStore store) : ICatalogStamps
{
    public async Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CatalogStampDocument>(tenantId, CatalogStampDocument.DocumentId, cancellationToken))?.Stamp;

    public Task StampAsync(string tenantId, CancellationToken cancellationToken) =>
        store.UpsertAsync(
            new CatalogStampDocument { Id = CatalogStampDocument.DocumentId, TenantId = tenantId, Stamp = Guid.NewGuid().ToString("N") },
            cancellationToken);
}
