using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Management;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>Removes a member (or withdraws an invitation); the tenant's last owner stays.</summary>
public sealed class RemoveMember(RosterEdits edits)
{
    public Task<ChangeOutcome<Member>> ExecuteAsync(Caller caller, string memberId, string expectedVersion, CancellationToken cancellationToken) =>
        edits.ApplyAsync(caller, "member.remove", memberId, RosterEdits.Expecting(memberId, expectedVersion),
            roster => roster.Remove(memberId), cancellationToken);
}
