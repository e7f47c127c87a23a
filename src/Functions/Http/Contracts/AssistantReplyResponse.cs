namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// The assistant's answer to one message. <see cref="Booking"/> is the booking a confirmation created or changed
/// (with its access token when created); <see cref="Checkout"/> where its deposit is paid, when one is due.
/// </summary>
public sealed record AssistantReplyResponse(
    string ConversationId,
    string Reply,
    AssistantConfirmationResponse? Confirmation,
    BookingResponse? Booking,
    CheckoutResponse? Checkout,
    bool LimitReached);
