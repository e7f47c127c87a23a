using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>
/// What one customer message cost and did: the analytics kept with the conversation (no message text).
/// </summary>
/// <param name="At">When the customer's message arrived.</param>
/// <param name="Intents">What the customer wanted, as told by the tools used ("availability", "book", ...; "chat" when none).</param>
/// <param name="Tools">The tools called, in order.</param>
/// <param name="InputTokens">Tokens the model read, over every call of the turn.</param>
/// <param name="OutputTokens">Tokens the model wrote.</param>
/// <param name="Latency">From the message's arrival to the answer.</param>
/// <param name="LimitReached">The conversation's budget was used up: the answer said so and the model was not called.</param>
public sealed record ConversationTurn(
    Instant At, IReadOnlyList<string> Intents, IReadOnlyList<ToolCall> Tools, long InputTokens, long OutputTokens, Duration Latency, bool LimitReached);
