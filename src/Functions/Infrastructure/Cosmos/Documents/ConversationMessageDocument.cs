using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One message of a conversation.</summary>
public sealed record ConversationMessageDocument(MessageRole Role, string Text, Instant At);
