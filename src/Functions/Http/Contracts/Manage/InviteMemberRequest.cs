namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Invites a person by e-mail with a role (<c>owner</c>, <c>manager</c>, <c>staff</c>); staff name their staff record.</summary>
public sealed record InviteMemberRequest(string? Email, string? Role, string? StaffId);
