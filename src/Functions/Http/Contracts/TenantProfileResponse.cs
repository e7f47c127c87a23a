namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>What a booking page needs to show a tenant.</summary>
public sealed record TenantProfileResponse(
    string Id,
    string Slug,
    string Name,
    string TimeZone,
    string Currency,
    IReadOnlyList<ServiceResponse> Services);
