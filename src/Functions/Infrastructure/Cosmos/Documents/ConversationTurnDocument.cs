using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>What one customer message cost and did.</summary>
public sealed record ConversationTurnDocument(
    Instant At, IReadOnlyList<string> Intents, IReadOnlyList<ToolCallDocument> Tools, long InputTokens, long OutputTokens, long LatencyMs,
    bool LimitReached);
