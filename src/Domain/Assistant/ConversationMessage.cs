using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>One message of a conversation, as said.</summary>
/// <param name="Role">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="At">When.</param>
public sealed record ConversationMessage(MessageRole Role, string Text, Instant At);
