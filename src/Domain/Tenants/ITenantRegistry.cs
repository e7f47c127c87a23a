using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>Tenants as their owners manage them: created at sign-up, changed under their version, found by id.</summary>
public interface ITenantRegistry
{
    /// <summary>The tenant with its version, or null when no tenant has that id.</summary>
    Task<Versioned<Tenant>?> FindAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Stores a new tenant; null when one with its id exists.</summary>
    Task<Versioned<Tenant>?> TryCreateAsync(Tenant tenant, CancellationToken cancellationToken);

    /// <summary>Replaces the tenant if it is still at <paramref name="version"/>; null when it changed since (or is gone).</summary>
    Task<Versioned<Tenant>?> TryUpdateAsync(Tenant tenant, string version, CancellationToken cancellationToken);

    /// <summary>Points <paramref name="slug"/> at the tenant if no tenant has it yet; false when it is taken.</summary>
    Task<bool> TryReserveSlugAsync(string slug, string tenantId, CancellationToken cancellationToken);

    /// <summary>The id of the tenant that holds <paramref name="slug"/>, or null when it is free.</summary>
    Task<string?> FindSlugOwnerAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Removes a tenant that never got its slug (a sign-up that lost the race for it).</summary>
    Task DeleteAsync(string tenantId, CancellationToken cancellationToken);
}
