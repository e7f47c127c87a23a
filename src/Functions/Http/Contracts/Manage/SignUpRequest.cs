namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Body of <c>POST /tenants</c>: the new business, with the caller as its owner.</summary>
public sealed record SignUpRequest(string? Name, string? Slug, string? TimeZone, string? Currency, PolicyRequest? Policy, DepositRequest? Deposit);
