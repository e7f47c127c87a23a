using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Management;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>Gives a member another role and staff record; the tenant's last owner stays owner.</summary>
public sealed class ChangeMember(RosterEdits edits, StaffReferences staff)
{
    public async Task<ChangeOutcome<Member>> ExecuteAsync(
        Caller caller, string memberId, Role role, string? staffId, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await staff.FindUnknownAsync<Member>(caller.TenantId, staffId, "staffId", cancellationToken) is { } invalid)
        {
            return invalid;
        }

        return await edits.ApplyAsync(caller, "member.change", memberId, RosterEdits.Expecting(memberId, expectedVersion),
            roster => roster.Change(memberId, role, staffId), cancellationToken);
    }
}
