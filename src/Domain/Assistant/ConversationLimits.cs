namespace AppointmentBooking.Domain.Assistant;

/// <summary>
/// What one conversation may cost: tokens over all its model calls and customer messages. Once either is
/// used up the assistant answers that it has reached its limit, without calling the model again.
/// </summary>
/// <param name="MaxTokens">Tokens the model may read and write over the conversation.</param>
/// <param name="MaxCustomerMessages">Customer messages the assistant answers.</param>
public sealed record ConversationLimits(long MaxTokens, int MaxCustomerMessages)
{
    /// <summary>Whether <paramref name="conversation"/> may not take another message.</summary>
    public bool AreReachedBy(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.TokensUsed >= MaxTokens || conversation.CustomerMessages >= MaxCustomerMessages;
    }
}
