namespace AppointmentBooking.Domain.Tenants;

/// <summary>Finds a tenant's configuration by the slug in its public URLs, or by its id.</summary>
public interface ITenantCatalog
{
    /// <summary>The active tenant with that slug (any case), or null.</summary>
    Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The tenant with that id, active or not (jobs finishing a tenant's bookings), or null.</summary>
    Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken);
}
