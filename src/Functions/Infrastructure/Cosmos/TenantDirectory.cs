using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Finds tenants by slug through the directory partition, and lists the active ones for jobs that visit each.</summary>
public sealed class TenantDirectory(CosmosStore store) : ITenantDirectory
{
    private static readonly PartitionQuery ActiveSlugs = new("c.active = true");

    /// <summary>The id of the tenant an active slug points at, or null.</summary>
    public async Task<string?> FindTenantIdAsync(string slug, CancellationToken cancellationToken) =>
        await FindEntryAsync(slug, cancellationToken) is { Active: true } entry ? entry.TargetTenantId : null;

    public async Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken)
    {
        var entries = await store.QueryAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, DocumentTypes.TenantSlug, ActiveSlugs, cancellationToken);
        return [.. entries.Select(e => e.TargetTenantId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Writes the tenant, then its slug entry, so a slug never points at a missing tenant.</summary>
    public async Task RegisterAsync(TenantDocument tenant, CancellationToken cancellationToken)
    {
        await store.UpsertAsync(tenant, cancellationToken);
        await store.UpsertAsync(Entry(tenant.Slug, tenant.TenantId, tenant.Active), cancellationToken);
    }

    /// <summary>Creates the slug's entry if no tenant holds the slug yet; false when one does.</summary>
    public async Task<bool> TryReserveAsync(string slug, string tenantId, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(Entry(slug, tenantId, active: true), cancellationToken) is not null;

    /// <summary>The directory entry of a slug, active or not, or null.</summary>
    public Task<TenantSlugDocument?> FindEntryAsync(string slug, CancellationToken cancellationToken) =>
        store.ReadAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, SlugKey(slug), cancellationToken);

    private static TenantSlugDocument Entry(string slug, string tenantId, bool active) => new()
    {
        Id = SlugKey(slug),
        TenantId = DocumentTypes.DirectoryPartition,
        TargetTenantId = tenantId,
        Active = active,
    };

    /// <summary>Slugs are case-insensitive in URLs; the directory keeps them lower-case.</summary>
    private static string SlugKey(string slug) => slug.Trim().ToLowerInvariant();
}
