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
        var entry = cache.GetOrCreate(key, e => Create(e, key, load))!;
        if (await entry.WaitAsync(cancellationToken) is not { } cached
            || await stamps.ReadAsync(cached.TenantId, cancellationToken) == cached.CatalogVersion)
        {
            return await entry;
        }

        return await Replace(key, entry, load).WaitAsync(cancellationToken);
    }

    /// <summary>One reload for all callers that found the same stale entry.</summary>
    private Task<TenantConfiguration?> Replace(string key, Task<TenantConfiguration?> stale, Func<Task<TenantConfiguration?>> load)
    {
        lock (reloading)
        {
            if (cache.TryGetValue<Task<TenantConfiguration?>>(key, out var current) && current != stale)
            {
                return current!;
            }

            using var entry = cache.CreateEntry(key);
            var fresh = Create(entry, key, load);
            entry.Value = fresh;
            return fresh;
        }
    }

    private Task<TenantConfiguration?> Create(ICacheEntry entry, string key, Func<Task<TenantConfiguration?>> load)
    {
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = TimeToLive;
        return LoadAsync(key, load);
    }

    /// <summary>Not bound to one caller's cancellation: other requests may wait on the same load. A failed load is forgotten at once.</summary>
    private async Task<TenantConfiguration?> LoadAsync(string key, Func<Task<TenantConfiguration?>> load)
    {
        // Yield first, so the cache holds this task before a failure can remove it.
        await Task.Yield();
        try
        {
            return await load();
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }
}
