namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A bookable service of a tenant. Money is kept in minor units of the tenant's currency.</summary>
public sealed record ServiceDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Service;

    public required string Name { get; init; }

    public string? Description { get; init; }

    public int DurationMinutes { get; init; }

    public long PriceMinor { get; init; }

    public required string Currency { get; init; }

    public int BufferBeforeMinutes { get; init; }

    public int BufferAfterMinutes { get; init; }

    public int? DepositPercent { get; init; }

    public long? DepositFixedMinor { get; init; }

    /// <summary>Staff who may perform the service; empty means every active staff member.</summary>
    public IReadOnlyList<string> StaffIds { get; init; } = [];

    public bool Active { get; init; } = true;
}
