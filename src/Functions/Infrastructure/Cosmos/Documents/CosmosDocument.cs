using System.Text.Json.Serialization;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>What every document in the container carries: its id, its partition and its kind.</summary>
public abstract record CosmosDocument
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The discriminator; fixed per document class.</summary>
    public abstract string Type { get; }

    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    /// <summary>Seconds until Cosmos deletes the document; null keeps it.</summary>
    public int? Ttl { get; init; }
}
