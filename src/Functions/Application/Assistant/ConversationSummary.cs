namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// The assistant's conversations of a tenant over a period, for the dashboard: how they ended, what customers
/// wanted, which tools ran (and how often they refused), what the model cost and how fast answers came.
/// </summary>
public sealed record ConversationSummary(
    int Conversations,
    int Booked,
    int HandedOver,
    int Abandoned,
    int Open,
    int Messages,
    int LimitReached,
    IReadOnlyDictionary<string, int> Intents,
    IReadOnlyDictionary<string, ToolUsage> Tools,
    long InputTokens,
    long OutputTokens,
    double AverageLatencyMs,
    double P95LatencyMs);
