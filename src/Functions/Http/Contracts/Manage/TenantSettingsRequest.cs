namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Body of <c>PUT .../settings</c>: every setting (an absent <see cref="Payments"/> keeps the gateway as it is).</summary>
public sealed record TenantSettingsRequest(
    string? Name,
    string? TimeZone,
    string? Currency,
    PolicyRequest? Policy,
    DepositRequest? Deposit,
    List<string>? AllowedOrigins,
    PaymentsRequest? Payments);
