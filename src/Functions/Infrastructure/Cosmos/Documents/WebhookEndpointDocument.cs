using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's webhook endpoint; the secret only ever sealed.</summary>
public sealed record WebhookEndpointDocument : CosmosDocument
{
    public override string Type => DocumentTypes.WebhookEndpoint;

    public required string Url { get; init; }

    /// <summary>Published event names; empty for every event.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    public required string SealedSecret { get; init; }

    public required Instant CreatedAt { get; init; }

    public string? Description { get; init; }

    public string? DisabledReason { get; init; }

    public Instant? DisabledAt { get; init; }
}
