using AppointmentBooking.Domain.Customers;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Customer records in memory with version checks.</summary>
internal sealed class InMemoryCustomerRecords : ICustomerRecords
{
    private readonly Dictionary<(string, string), CustomerRecord> stored = [];
    private int versions;

    public IReadOnlyCollection<CustomerRecord> All => [.. stored.Values];

    public Task<CustomerRecord?> FindAsync(string tenantId, string customerId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.GetValueOrDefault((tenantId, customerId)));

    public Task<bool> TryWriteAsync(CustomerRecord record, CancellationToken cancellationToken)
    {
        var key = (record.TenantId, record.Id);
        if (stored.GetValueOrDefault(key)?.Version != record.Version)
        {
            return Task.FromResult(false);
        }

        stored[key] = record with { Version = $"v{++versions}" };
        return Task.FromResult(true);
    }
}
