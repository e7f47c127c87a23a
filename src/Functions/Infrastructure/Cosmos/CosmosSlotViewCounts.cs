using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.Azure.Cosmos;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// One counter document per tenant and local date, incremented in place by a patch (no read, no ETag:
/// increments from several instances add up); the first add of a day creates it.
/// </summary>
internal sealed class CosmosSlotViewCounts(CosmosStore store) : ISlotViewCounts
{
    private const int Attempts = 3;

    public async Task AddAsync(string tenantId, LocalDate day, long views, Duration keepFor, CancellationToken cancellationToken)
    {
        var id = "slots-" + LocalDatePattern.Iso.Format(day);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await store.TryPatchAsync<AnalyticsCounterDocument>(tenantId, id, [PatchOperation.Increment("/slotViews", views)], cancellationToken))
            {
                return;
            }

            var first = new AnalyticsCounterDocument { Id = id, TenantId = tenantId, LocalDate = day, SlotViews = views, Ttl = (int)keepFor.TotalSeconds };
            if (await store.TryCreateAsync(first, cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException($"The slot views of tenant {tenantId} on {day} could not be counted.");
    }
}
