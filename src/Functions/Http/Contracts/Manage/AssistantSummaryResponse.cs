namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The booking assistant's conversations started in the period: outcomes, intents, tools (calls and refusals), tokens and latency.</summary>
public sealed record AssistantSummaryResponse(
    int Conversations,
    int Booked,
    int HandedOver,
    int Abandoned,
    int Open,
    int Messages,
    int LimitReached,
    IReadOnlyDictionary<string, int> Intents,
    IReadOnlyDictionary<string, ToolUsageResponse> Tools,
    long InputTokens,
    long OutputTokens,
    double AverageLatencyMs,
    double P95LatencyMs);
