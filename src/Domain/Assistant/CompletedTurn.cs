namespace AppointmentBooking.Domain.Assistant;

/// <summary>What one turn of a conversation produced, to be recorded in it.</summary>
/// <param name="CustomerText">The customer's message.</param>
/// <param name="Reply">The assistant's answer.</param>
/// <param name="Analytics">What the turn cost and did.</param>
/// <param name="Pending">The action waiting for the customer's confirmation after the turn, if any.</param>
/// <param name="BookingsMade">Bookings created in the turn.</param>
/// <param name="HandedOver">The assistant handed the customer over to the staff.</param>
public sealed record CompletedTurn(
    string CustomerText, string Reply, ConversationTurn Analytics, PendingConfirmation? Pending, IReadOnlyList<string> BookingsMade, bool HandedOver);
