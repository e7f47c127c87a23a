using System.Collections.Concurrent;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>A tenant's resources of one kind in memory, with the store's version semantics.</summary>
internal sealed class InMemoryResources<T>(Func<T, string> id) : ITenantResources<T>
    where T : class
{
    private readonly ConcurrentDictionary<(string, string), Versioned<T>> stored = new();
    private int versions;

    public Task<IReadOnlyList<Versioned<T>>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Versioned<T>>>([.. stored.Where(p => p.Key.Item1 == tenantId).Select(p => p.Value)]);

    public Task<Versioned<T>?> FindAsync(string tenantId, string resourceId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.GetValueOrDefault((tenantId, resourceId)));

    public Task<Versioned<T>?> TryCreateAsync(string tenantId, T value, CancellationToken cancellationToken)
    {
        var versioned = new Versioned<T>(value, NextVersion());
        return Task.FromResult(stored.TryAdd((tenantId, id(value)), versioned) ? versioned : null);
    }

    public Task<Versioned<T>?> TryUpdateAsync(string tenantId, T value, string version, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            var key = (tenantId, id(value));
            if (!stored.TryGetValue(key, out var current) || current.Version != version)
            {
                return Task.FromResult<Versioned<T>?>(null);
            }

            var versioned = new Versioned<T>(value, NextVersion());
            stored[key] = versioned;
            return Task.FromResult<Versioned<T>?>(versioned);
        }
    }

    public Task<bool> TryDeleteAsync(string tenantId, string resourceId, string version, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            return Task.FromResult(stored.TryGetValue((tenantId, resourceId), out var current) && current.Version == version
                && stored.TryRemove((tenantId, resourceId), out _));
        }
    }

    private string NextVersion() => $"v{Interlocked.Increment(ref versions)}";
}
