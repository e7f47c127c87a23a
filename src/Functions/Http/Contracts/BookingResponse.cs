namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// A booking as its customer sees it. <see cref="AccessToken"/> is returned when the booking is
/// created; it opens the booking's links (<c>?token=</c>).
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
    string? AccessToken);
