using System.Collections.Concurrent;
using AppointmentBooking.Domain.Dashboard;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Slot-view counts in memory.</summary>
internal sealed class InMemorySlotViews : ISlotViewCounts
{
    private readonly ConcurrentDictionary<(string, LocalDate), long> counts = new();

    public long On(string tenantId, LocalDate day) => counts.GetValueOrDefault((tenantId, day));

    public Task AddAsync(string tenantId, LocalDate day, long views, Duration keepFor, CancellationToken cancellationToken)
    {
        counts.AddOrUpdate((tenantId, day), views, (_, count) => count + views);
        return Task.CompletedTask;
    }
}
