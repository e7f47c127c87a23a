using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Reminder opt-outs as small documents beside the customer record in the tenant's partition: kept apart
/// from the record, which the customers queue rewrites from each booking, so no sighting can undo an opt-out.
/// </summary>
internal sealed class CosmosReminderOptOuts(CosmosStore store) : IReminderOptOuts
{
    public async Task<bool> IsOptedOutAsync(string tenantId, string customerId, CancellationToken cancellationToken) =>
        await store.ReadAsync<ReminderOptOutDocument>(tenantId, IdFor(customerId), cancellationToken) is not null;

    public Task RecordAsync(string tenantId, string customerId, Instant at, CancellationToken cancellationToken) =>
        store.TryCreateAsync(new ReminderOptOutDocument { Id = IdFor(customerId), TenantId = tenantId, CustomerId = customerId, OptedOutAt = at },
            cancellationToken);

    private static string IdFor(string customerId) => "reminder-opt-out-" + customerId;
}
