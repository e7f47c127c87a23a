using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// A customer's conversation with the assistant, with its analytics per turn; kept for the retention
/// period after its last write (TTL), then deleted by Cosmos DB.
/// </summary>
public sealed record ConversationDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Conversation;

    public required Instant StartedAt { get; init; }

    /// <summary>Milliseconds since the Unix epoch of <see cref="StartedAt"/>: a number the summary's range filter compares.</summary>
    public required long StartedAtMs { get; init; }

    /// <summary>Start and id in one sortable text, the keyset cursor of listings.</summary>
    public required string SortKey { get; init; }

    public required Instant UpdatedAt { get; init; }

    public IReadOnlyList<ConversationMessageDocument> Messages { get; init; } = [];

    public IReadOnlyList<ConversationTurnDocument> Turns { get; init; } = [];

    public PendingConfirmationDocument? Pending { get; init; }

    public IReadOnlyList<string> BookingIds { get; init; } = [];

    public ConversationOutcome Outcome { get; init; }
}
