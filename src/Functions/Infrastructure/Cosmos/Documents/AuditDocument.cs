using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One change to a tenant's data; <see cref="CreatedAt"/> orders the trail.</summary>
public sealed record AuditDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Audit;

    public required Instant CreatedAt { get; init; }

    public required AuditActorDocument Actor { get; init; }

    public required string Action { get; init; }

    public required string Resource { get; init; }

    public IReadOnlyList<FieldChangeDocument> Changes { get; init; } = [];
}
