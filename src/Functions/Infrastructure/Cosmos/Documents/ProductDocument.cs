namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A product the tenant sells; id = product id, in the tenant's partition.</summary>
public sealed record ProductDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Product;

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required long PriceMinor { get; init; }

    public required string Currency { get; init; }

    /// <summary>Units on hand; null when stock is not tracked.</summary>
    public int? Stock { get; init; }

    public required bool Active { get; init; }

    public IReadOnlyList<StockReservationDocument> Reservations { get; init; } = [];
}
