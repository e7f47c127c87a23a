using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Checks invitations and role changes and lists every bad field at once (400).</summary>
public static class MemberRequests
{
    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static (string Email, Role Role, string? StaffId) ToInvitation(InviteMemberRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var email = errors.Text(request.Email, "email", 254) is { } text ? errors.Try(() => EmailAddress.NormaliseOrNull(text, "email")!) : null;
        var (role, staffId) = RoleAndStaff(request.Role, request.StaffId, errors);
        errors.ThrowIfAny();
        return (email!, role, staffId);
    }

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static (Role Role, string? StaffId) ToChange(MemberChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var change = RoleAndStaff(request.Role, request.StaffId, errors);
        errors.ThrowIfAny();
        return change;
    }

    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    private static (Role Role, string? StaffId) RoleAndStaff(string? roleText, string? staffId, FieldErrors errors)
    {
        Role? role = roleText?.ToLowerInvariant() switch
        {
            "owner" => Role.Owner,
            "manager" => Role.Manager,
            "staff" => Role.Staff,
            _ => null,
        };
        if (role is null)
        {
            errors.Add("role", "must be owner, manager or staff.");
        }

        if (staffId is not null && !RouteIds.IsValid(staffId))
        {
            errors.Add("staffId", "is not a staff id.");
        }
        else if (role == Role.Staff && staffId is null)
        {
            errors.Add("staffId", "is required for the staff role: the staff record that is theirs.");
        }

        return (role ?? Role.Staff, staffId);
    }
}
