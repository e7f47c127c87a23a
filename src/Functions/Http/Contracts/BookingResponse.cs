namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// A booking as its customer sees it. <see cref="AccessToken"/> is returned when the booking is
/// created; it opens the booking (header <c>Booking-Access-Token</c>). <see cref="Payment"/> and
/// <see cref="Progress"/> (the saga's step) are given when the booking is read. <see cref="Products"/> and
/// <see cref="ProductCharge"/> are given when products were added.
/// </summary>
public sealed record BookingResponse(
    string Id,
    string Status,
    string ServiceId,
    string StaffId,
    string Start,
    string End,
    string TimeZone,
    string CustomerName,
    MoneyResponse Price,
    MoneyResponse Deposit,
    string? HoldExpiresAt,
    bool? RefundEligible,
    string? AccessToken,
    PaymentResponse? Payment = null,
    string? Progress = null,
    IReadOnlyList<BookedProductResponse>? Products = null,
    string? ProductCharge = null);
