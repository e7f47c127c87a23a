using AppointmentBooking.Domain.Tenants;
using Microsoft.Extensions.Caching.Memory;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>
/// Tenant configuration by slug, kept for a short while per instance: it changes rarely, and keeping
/// it off the booking hot path leaves that path at one point read and two writes. Unknown slugs are
/// remembered too, so probing them costs no database reads, but the cache holds at most
/// <see cref="MaxEntries"/> slugs: memory stays bounded whatever slugs callers invent.
/// </summary>
public sealed class CachedTenantCatalog(ITenantCatalog source) : ITenantCatalog, IDisposable
{
    public const int MaxEntries = 10_000;
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var key = slug.ToLowerInvariant();
        var load = cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeToLive;
            return LoadAsync(key);
        })!;
        return load.WaitAsync(cancellationToken);
    }

    /// <summary>How many slugs are cached now.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();

    /// <summary>Not bound to one caller's cancellation: other requests may wait on the same load. A failed load is forgotten at once.</summary>
    private async Task<TenantConfiguration?> LoadAsync(string key)
    {
        // Yield first, so the cache holds this task before a failure can remove it.
        await Task.Yield();
        try
        {
            return await source.FindBySlugAsync(key, CancellationToken.None);
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }
}
