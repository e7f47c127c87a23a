namespace AppointmentBooking.Domain.Assistant;

/// <summary>Where a conversation got to; an open conversation left idle counts as abandoned in summaries.</summary>
public enum ConversationOutcome
{
    /// <summary>Nothing was booked and nobody was asked to take over yet.</summary>
    Open,

    /// <summary>A booking was made in the conversation.</summary>
    Booked,

    /// <summary>The assistant handed the customer over to the business's staff.</summary>
    HandedOver,
}
