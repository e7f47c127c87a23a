namespace AppointmentBooking.Domain.Assistant;

/// <summary>Who said a message of a conversation.</summary>
public enum MessageRole
{
    /// <summary>The customer.</summary>
    Customer,

    /// <summary>The assistant.</summary>
    Assistant,
}
