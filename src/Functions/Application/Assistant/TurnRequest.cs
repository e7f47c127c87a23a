namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>A customer's message: to a new conversation (no id) or to an existing one, with the booking token their page holds, if any.</summary>
public sealed record TurnRequest(string? ConversationId, string Message, string? AccessToken);
