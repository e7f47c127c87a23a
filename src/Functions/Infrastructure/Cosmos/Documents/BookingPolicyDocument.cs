namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of a tenant's booking rules.</summary>
public sealed record BookingPolicyDocument
{
    public int MinimumNoticeMinutes { get; init; }

    public int MaximumDaysAhead { get; init; }

    public int SlotIntervalMinutes { get; init; }

    public int HoldMinutes { get; init; }

    public int CancellationWindowHours { get; init; }
}
