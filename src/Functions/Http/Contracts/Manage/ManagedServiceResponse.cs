namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A service as managers see it, active or not; a null <see cref="Deposit"/> means the tenant's default rule.</summary>
public sealed record ManagedServiceResponse(
    string Id,
    string Name,
    string? Description,
    int DurationMinutes,
    MoneyResponse Price,
    int BufferBeforeMinutes,
    int BufferAfterMinutes,
    DepositResponse? Deposit,
    IReadOnlyList<string> StaffIds,
    bool Active);
