using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Management;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>
/// Invites someone by e-mail with a role; they become a member the first time they call with a token
/// whose verified e-mail is that address. A retry with the same Idempotency-Key (same member id)
/// answers the invitation the first try made.
/// </summary>
public sealed class InviteMember(RosterEdits edits, StaffReferences staff, IClock clock)
{
    public async Task<ChangeOutcome<Member>> ExecuteAsync(
        Caller caller, string memberId, string email, Role role, string? staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await staff.FindUnknownAsync<Member>(caller.TenantId, staffId, "staffId", cancellationToken) is { } invalid)
        {
            return invalid;
        }

        return await edits.ApplyAsync(caller, "member.invite", memberId,
            roster => roster.Find(memberId) is { } earlier && string.Equals(earlier.Email, email.Trim(), StringComparison.OrdinalIgnoreCase)
                ? new ChangeOutcome<Member>.Done(new Versioned<Member>(earlier, earlier.Version), Created: true)
                : null,
            roster => roster.Invite(memberId, email, role, staffId, clock.GetCurrentInstant()),
            cancellationToken);
    }
}
