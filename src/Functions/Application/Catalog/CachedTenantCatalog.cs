using AppointmentBooking.Domain.Tenants;
using Microsoft.Extensions.Caching.Memory;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>
/// Tenant configuration by slug or id, kept per instance: loading it costs two point reads and two
/// queries, and it changes rarely. Every change to settings, services or staff gives the tenant a new
/// catalog stamp (<see cref="ICatalogStamps"/>), written after the change itself. Each lookup reads
/// the stamp (one point read in the tenant's own partition) and compares it with the stamp the cached
/// configuration was loaded under — read before the rest of it, so the configuration is at least that
/// new. A different stamp means a change since: the configuration is loaded again. So an edit is
/// visible at once on every instance, without messages between instances; the time to live only
/// bounds how long a missed stamp write could go unnoticed. Unknown slugs are remembered too (they
/// have no stamp to check), so probing them costs no database reads, but the cache holds at most
/// <see cref="MaxEntries"/> keys: memory stays bounded whatever slugs callers invent.
/// </summary>
public sealed class CachedTenantCatalog(ITenantCatalog source, ICatalogStamps stamps) : ITenantCatalog, IDisposable
{
    public const int MaxEntries = 10_000;
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly Lock reloading = new();

    public Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var normalized = slug.ToLowerInvariant();
        return FindAsync("slug:" + normalized, () => source.FindBySlugAsync(normalized, CancellationToken.None), cancellationToken);
    }

    public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) =>
        FindAsync("id:" + tenantId, () => source.FindByIdAsync(tenantId, CancellationToken.None), cancellationToken);

    /// <summary>How many keys are cached now.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();

    private async Task<TenantConfiguration?> FindAsync(string key, Func<Task<TenantConfiguration?>> load, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(key, out Task<TenantConfiguration?>? entry) || entry is null || entry.IsFaulted || entry.IsCanceled)
        {
            // A failed load is not remembered: the next ask loads again.
            entry = Replace(key, entry, load);
        }

        if (await entry.WaitAsync(cancellationToken) is not { } cached
            || await stamps.ReadAsync(cached.TenantId, cancellationToken) == cached.CatalogVersion)
        {
            return await entry;
        }

        return await Replace(key, entry, load).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// One load for all callers that found the same stale (or missing, or failed) entry. Not bound to
    /// one caller's cancellation: other requests may wait on the same load.
    /// </summary>
    private Task<TenantConfiguration?> Replace(string key, Task<TenantConfiguration?>? stale, Func<Task<TenantConfiguration?>> load)
    {
        lock (reloading)
        {
            if (cache.TryGetValue(key, out Task<TenantConfiguration?>? current) && current is not null && current != stale
                && !current.IsFaulted && !current.IsCanceled)
            {
                return current;
            }

            var fresh = LoadAsync(load);
            cache.Set(key, fresh, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeToLive });
            return fresh;
        }
    }

    /// <summary>Yields first, so nothing of the load runs under the lock.</summary>
    private static async Task<TenantConfiguration?> LoadAsync(Func<Task<TenantConfiguration?>> load)
    {
        await Task.Yield();
        return await load();
    }
}
