using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Customer records as documents in their tenant's partition; id = customer id; versions are ETags.</summary>
internal sealed class CosmosCustomerRecords(CosmosStore store) : ICustomerRecords
{
    public async Task<CustomerRecord?> FindAsync(string tenantId, string customerId, CancellationToken cancellationToken) =>
        await store.ReadAsync<CustomerDocument>(tenantId, customerId, cancellationToken) is { } document
            ? new CustomerRecord(document.TenantId, new ContactDetails(document.Name, document.Email, document.Phone), document.LastBookingId,
                document.LastSeenAt, document.ETag)
            : null;

    public async Task<bool> TryWriteAsync(CustomerRecord record, CancellationToken cancellationToken)
    {
        var document = new CustomerDocument
        {
            Id = record.Id,
            TenantId = record.TenantId,
            Name = record.Contact.Name,
            Email = record.Contact.Email,
            Phone = record.Contact.Phone,
            LastBookingId = record.LastBookingId,
            LastSeenAt = record.LastSeenAt,
            ETag = record.Version,
        };
        return await store.TryWriteAsync(document, cancellationToken) is not null;
    }
}
