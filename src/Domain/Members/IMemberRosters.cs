namespace AppointmentBooking.Domain.Members;

/// <summary>Stores one roster per tenant, with optimistic concurrency on <see cref="MemberRoster.Version"/>.</summary>
public interface IMemberRosters
{
    /// <summary>The tenant's roster, or null when the tenant has none (it does not exist).</summary>
    Task<MemberRoster?> FindAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Creates the roster when it has no version, else replaces it if unchanged; null when another writer won.</summary>
    Task<MemberRoster?> TryWriteAsync(MemberRoster roster, CancellationToken cancellationToken);

    /// <summary>Removes the roster of a tenant whose sign-up was undone.</summary>
    Task DeleteAsync(string tenantId, CancellationToken cancellationToken);
}
