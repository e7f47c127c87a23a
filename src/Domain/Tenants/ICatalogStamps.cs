namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// One small stamp per tenant that changes whenever its catalog (settings, services, staff, hours) does.
/// Caches of the catalog compare it with the stamp they loaded under, so a change is seen at once by
/// every instance for the price of one point read.
/// </summary>
public interface ICatalogStamps
{
    /// <summary>The tenant's current stamp, or null when its catalog was never changed through the API.</summary>
    Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Gives the tenant a new stamp; call after the catalog change is stored.</summary>
    Task StampAsync(string tenantId, CancellationToken cancellationToken);
}
