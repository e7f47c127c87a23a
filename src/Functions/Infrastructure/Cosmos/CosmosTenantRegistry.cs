using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Tenant documents in their own partition (id = tenant id) and their slugs in the directory partition.</summary>
internal sealed class CosmosTenantRegistry(CosmosStore store, TenantDirectory directory) : ITenantRegistry
{
    public async Task<Versioned<Tenant>?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.ReadAsync<TenantDocument>(tenantId, tenantId, cancellationToken) is { Active: true } document
            ? new Versioned<Tenant>(StoredDocuments.Map(document, TenantMapper.ToDomain), document.ETag!)
            : null;

    public async Task<Versioned<Tenant>?> TryCreateAsync(Tenant tenant, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(TenantMapper.ToDocument(tenant), cancellationToken) is { ETag: { } version }
            ? new Versioned<Tenant>(tenant, version)
            : null;

    public async Task<Versioned<Tenant>?> TryUpdateAsync(Tenant tenant, string version, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(TenantMapper.ToDocument(tenant, version), cancellationToken) is { ETag: { } stored }
            ? new Versioned<Tenant>(tenant, stored)
            : null;

    public Task<bool> TryReserveSlugAsync(string slug, string tenantId, CancellationToken cancellationToken) =>
        directory.TryReserveAsync(slug, tenantId, cancellationToken);

    public async Task<string?> FindSlugOwnerAsync(string slug, CancellationToken cancellationToken) =>
        (await directory.FindEntryAsync(slug, cancellationToken))?.TargetTenantId;

    public Task DeleteAsync(string tenantId, CancellationToken cancellationToken) =>
        store.DeleteAsync<TenantDocument>(tenantId, tenantId, cancellationToken);
}
