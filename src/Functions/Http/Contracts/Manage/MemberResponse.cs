namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A member, or an invitation nobody accepted yet (<see cref="Joined"/> false).</summary>
public sealed record MemberResponse(
    string Id, string? Email, string Role, string? StaffId, bool Joined, string? Name, string InvitedAt, string? JoinedAt);
