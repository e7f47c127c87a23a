namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// The assistant's answer to one message. <see cref="Booking"/> is the booking a confirmation created or changed
/// (with its access token when created); <see cref="CheckoutUrl"/> where its deposit is paid, once online payment is wired.
/// </summary>
public sealed record AssistantReplyResponse(
    string ConversationId,
    string Reply,
    AssistantConfirmationResponse? Confirmation,
    BookingResponse? Booking,
    string? CheckoutUrl,
    bool LimitReached);
