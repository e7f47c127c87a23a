namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A tenant's settings as its owners and managers see them.</summary>
public sealed record TenantSettingsResponse(
    string Id,
    string Slug,
    string Name,
    string TimeZone,
    string Currency,
    PolicyResponse Policy,
    DepositResponse Deposit,
    IReadOnlyList<string> AllowedOrigins,
    PaymentsResponse Payments);
