namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A member's new role and staff record.</summary>
public sealed record MemberChangeRequest(string? Role, string? StaffId);
