namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A booking as the business sees it, with the customer's contact details.</summary>
public sealed record ManagedBookingResponse(
    string Id,
    string Status,
    string ServiceId,
    string StaffId,
    string Start,
    string End,
    string TimeZone,
    CustomerResponse Customer,
    MoneyResponse Price,
    MoneyResponse Deposit,
    string? HoldExpiresAt,
    string CreatedAt,
    string? CancelledAt,
    bool? RefundRequested);
