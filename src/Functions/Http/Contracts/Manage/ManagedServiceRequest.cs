namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// A service as managers write it; the price is in minor units of the tenant's currency. Without a
/// <see cref="Deposit"/> the tenant's default rule applies; without <see cref="StaffIds"/> anyone may perform it.
/// </summary>
public sealed record ManagedServiceRequest(
    string? Name,
    string? Description,
    int? DurationMinutes,
    long? PriceMinor,
    int? BufferBeforeMinutes,
    int? BufferAfterMinutes,
    DepositRequest? Deposit,
    List<string>? StaffIds,
    bool? Active);
