using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Finds tenants by slug through the directory partition, and lists the active ones for jobs that visit each.</summary>
public sealed class TenantDirectory(CosmosStore store) : ITenantDirectory
{
    private static readonly PartitionQuery ActiveSlugs = new("c.active = true");

    public async Task<TenantDocument?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var entry = await store.ReadAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, SlugKey(slug), cancellationToken);
        if (entry is not { Active: true })
        {
            return null;
        }

        var tenant = await store.ReadAsync<TenantDocument>(entry.TargetTenantId, entry.TargetTenantId, cancellationToken);
        return tenant is { Active: true } ? tenant : null;
    }

    public async Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken)
    {
        var entries = await store.QueryAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, DocumentTypes.TenantSlug, ActiveSlugs, cancellationToken);
        return [.. entries.Select(e => e.TargetTenantId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Writes the tenant, then its slug entry, so a slug never points at a missing tenant.</summary>
    public async Task RegisterAsync(TenantDocument tenant, CancellationToken cancellationToken)
    {
        await store.UpsertAsync(tenant, cancellationToken);
        var entry = new TenantSlugDocument
        {
            Id = SlugKey(tenant.Slug),
            TenantId = DocumentTypes.DirectoryPartition,
            TargetTenantId = tenant.TenantId,
            Active = tenant.Active,
        };
        await store.UpsertAsync(entry, cancellationToken);
    }

    /// <summary>Slugs are case-insensitive in URLs; the directory keeps them lower-case.</summary>
    private static string SlugKey(string slug) => slug.Trim().ToLowerInvariant();
}
