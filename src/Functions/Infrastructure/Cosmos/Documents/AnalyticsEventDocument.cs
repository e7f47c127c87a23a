using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// One event of a tenant, kept for the analytics' retention (TTL) and never changed: the dashboard's
/// live stream reads these from the partition's change feed, the funnel counts them by local date.
/// </summary>
public sealed record AnalyticsEventDocument : CosmosDocument
{
    public override string Type => DocumentTypes.AnalyticsEvent;

    public required BookingEventKind Kind { get; init; }

    public required Instant OccurredAt { get; init; }

    /// <summary>The tenant-local date it happened on, which the funnel's period filter compares.</summary>
    public required LocalDate LocalDate { get; init; }

    public string? StaffId { get; init; }

    public BookingSnapshotDocument? Booking { get; init; }

    public long? AmountMinor { get; init; }

    public string? Currency { get; init; }
}
