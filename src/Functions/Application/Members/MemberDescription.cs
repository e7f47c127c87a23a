using AppointmentBooking.Domain.Members;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>A member's fields as text, for the audit trail's before and after.</summary>
public static class MemberDescription
{
    public static IReadOnlyDictionary<string, string?> Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new Dictionary<string, string?>
        {
            ["email"] = member.Email,
            ["role"] = member.Role.ToString().ToLowerInvariant(),
            ["staffId"] = member.StaffId,
            ["joined"] = member.HasJoined ? "true" : "false",
        };
    }
}
