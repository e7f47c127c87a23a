using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Members in their API shape: the identity they signed in with stays internal.</summary>
public static class MemberResponses
{
    public static MemberResponse Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new MemberResponse(member.Id, member.Email, MemberRequests.Name(member.Role), member.StaffId, member.HasJoined, member.Name,
            InstantPattern.ExtendedIso.Format(member.InvitedAt), member.JoinedAt is { } joined ? InstantPattern.ExtendedIso.Format(joined) : null);
    }
}
