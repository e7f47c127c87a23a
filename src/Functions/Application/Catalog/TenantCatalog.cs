using System.Collections.Concurrent;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>
/// Tenant configuration by slug, kept for a short while per instance: it changes rarely, and
/// keeping it off the booking hot path leaves that path at one point read and two writes.
/// </summary>
public sealed class TenantCatalog(TenantDirectory directory, CosmosStore store, IClock clock)
{
    private static readonly Duration TimeToLive = Duration.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Instant LoadedAt, Task<TenantConfiguration?> Load)> cache = new(StringComparer.OrdinalIgnoreCase);

    public Task<TenantConfiguration?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var entry = cache.AddOrUpdate(
            slug,
            _ => (now, LoadAsync(slug)),
            (_, current) => IsFresh(current, now) ? current : (now, LoadAsync(slug)));
        return entry.Load.WaitAsync(cancellationToken);
    }

    private static bool IsFresh((Instant LoadedAt, Task<TenantConfiguration?> Load) entry, Instant now) =>
        now - entry.LoadedAt < TimeToLive && !entry.Load.IsFaulted && !entry.Load.IsCanceled
        && !(entry.Load.IsCompletedSuccessfully && entry.Load.Result is null);

    /// <summary>Not bound to one caller's cancellation: other requests may be waiting on the same load.</summary>
    private async Task<TenantConfiguration?> LoadAsync(string slug)
    {
        var cancellationToken = CancellationToken.None;
        var tenant = await directory.FindBySlugAsync(slug, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        var services = store.QueryAsync<ServiceDocument>(tenant.TenantId, DocumentTypes.Service, new PartitionQuery(OrderBy: "c.name"), cancellationToken);
        var staff = store.QueryAsync<StaffDocument>(tenant.TenantId, DocumentTypes.Staff, new PartitionQuery("c.active = true"), cancellationToken);
        var serviceDocuments = await services;
        return new TenantConfiguration(
            tenant,
            CatalogMapper.Policy(tenant),
            serviceDocuments.ToDictionary(s => s.Id, CatalogMapper.Service, StringComparer.Ordinal),
            [.. serviceDocuments.Where(s => s.Active)],
            (await staff).ToDictionary(s => s.Id, CatalogMapper.Schedule, StringComparer.Ordinal));
    }
}
