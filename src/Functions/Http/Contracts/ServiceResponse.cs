namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A bookable service as shown to customers.</summary>
public sealed record ServiceResponse(
    string Id,
    string Name,
    string? Description,
    int DurationMinutes,
    MoneyResponse Price,
    MoneyResponse? Deposit);
