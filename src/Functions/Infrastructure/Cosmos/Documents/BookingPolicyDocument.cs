namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of a tenant's booking rules.</summary>
public sealed record BookingPolicyDocument
{
    public int MinimumNoticeMinutes { get; init; }

    public int MaximumDaysAhead { get; init; }

    public int SlotIntervalMinutes { get; init; }

    public int HoldMinutes { get; init; }

    public int CancellationWindowHours { get; init; }

    /// <summary>The default deposit as a percentage of the price; null with <see cref="DepositFixedMinor"/> null means none.</summary>
    public int? DepositPercent { get; init; }

    /// <summary>The default deposit as a fixed amount in minor units of the tenant's currency.</summary>
    public long? DepositFixedMinor { get; init; }
}
