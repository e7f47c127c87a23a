namespace AppointmentBooking.Domain.Customers;

/// <summary>Stores one record per customer and tenant, with optimistic concurrency on <see cref="CustomerRecord.Version"/>.</summary>
public interface ICustomerRecords
{
    /// <summary>The record, or null when the customer was never seen.</summary>
    Task<CustomerRecord?> FindAsync(string tenantId, string customerId, CancellationToken cancellationToken);

    /// <summary>Creates the record when it has no version, else replaces it if unchanged; false when another writer won.</summary>
    Task<bool> TryWriteAsync(CustomerRecord record, CancellationToken cancellationToken);
}
