using AppointmentBooking.Domain.Tenants;
using Microsoft.Extensions.Caching.Memory;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>
/// Tenant configuration by slug, kept for a short while per instance: it changes rarely, and keeping
/// it off the booking hot path leaves that path at one point read and two writes. Unknown slugs are
/// remembered too, so probing them costs no database reads, but the cache holds at most
/// <see cref="MaxEntries"/> slugs: memory stays bounded whatever slugs callers invent.
/// </summary>
public sealed class CachedTenantCatalog(ITenantCatalog catalog) : ITenantCatalog, IDisposable
{
    public const int MaxEntries = 10_000;
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var key = slug.ToLowerInvariant();
        if (!cache.TryGetValue(key, out Task<TenantConfiguration?>? load) || load is null || load.IsFaulted || load.IsCanceled)
        {
            // Not bound to one caller's cancellation: other requests may wait on the same load. A failed one is replaced on the next ask.
            load = catalog.FindBySlugAsync(key, CancellationToken.None);
            cache.Set(key, load, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeToLive });
        }

        return load.WaitAsync(cancellationToken);
    }

    /// <summary>By id only background jobs ask, rarely and wanting the latest: not cached.</summary>
    public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) =>
        catalog.FindByIdAsync(tenantId, cancellationToken);

    /// <summary>How many slugs are cached now.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();
}
