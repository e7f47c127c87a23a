using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's slot views on one local date; id = <c>slots-{date}</c>, incremented in place, kept for the analytics' retention.</summary>
public sealed record AnalyticsCounterDocument : CosmosDocument
{
    public override string Type => DocumentTypes.AnalyticsCounter;

    public required LocalDate LocalDate { get; init; }

    public long SlotViews { get; init; }
}
