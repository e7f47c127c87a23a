namespace AppointmentBooking.Domain.Tenants;

/// <summary>Finds a tenant's configuration by the slug in its public URLs.</summary>
public interface ITenantCatalog
{
    /// <summary>The active tenant with that slug (any case), or null.</summary>
    Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken);
}
