namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A tenant the caller belongs to (or is invited to: the first management call accepts), with the caller's role there.</summary>
public sealed record MyTenantResponse(string TenantId, string Name, string Slug, string Role, string? StaffId, bool Invited);
