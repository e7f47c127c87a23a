namespace AppointmentBooking.Domain.Common;

/// <summary>
/// A tenant's resources of one kind as managers edit them (services, staff): each stored with its
/// version, and changed or deleted only while still at the version the editor read.
/// </summary>
public interface ITenantResources<T>
    where T : class
{
    /// <summary>Every resource of the tenant, active or not, by name.</summary>
    Task<IReadOnlyList<Versioned<T>>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The resource, or null.</summary>
    Task<Versioned<T>?> FindAsync(string tenantId, string id, CancellationToken cancellationToken);

    /// <summary>Stores a new resource; null when one with its id exists.</summary>
    Task<Versioned<T>?> TryCreateAsync(string tenantId, T value, CancellationToken cancellationToken);

    /// <summary>Replaces the resource if it is still at <paramref name="version"/>; null when it changed since (or is gone).</summary>
    Task<Versioned<T>?> TryUpdateAsync(string tenantId, T value, string version, CancellationToken cancellationToken);

    /// <summary>Deletes the resource if it is still at <paramref name="version"/>; false when it changed since (or is gone).</summary>
    Task<bool> TryDeleteAsync(string tenantId, string id, string version, CancellationToken cancellationToken);
}
