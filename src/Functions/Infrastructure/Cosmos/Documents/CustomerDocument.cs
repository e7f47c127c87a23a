using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's customer, keyed by a hash of the normalised e-mail or phone so repeat visitors merge.</summary>
public sealed record CustomerDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Customer;

    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public required string LastBookingId { get; init; }

    public required Instant LastSeenAt { get; init; }
}
