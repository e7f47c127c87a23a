using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Management;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>
/// The loop every member change runs: read the roster, check what the caller expects of it, ask the
/// roster for the change (it keeps its own rules), write it under the roster's version — retrying a
/// lost race with another member change — and audit it. A member's version is its own fingerprint, so
/// a change to one member does not make the caller's copy of another stale.
/// </summary>
public sealed class RosterEdits(IMemberRosters rosters, AuditRecorder audit)
{
    public async Task<ChangeOutcome<Member>> ApplyAsync(
        Caller caller,
        string action,
        string memberId,
        Func<MemberRoster, ChangeOutcome<Member>?> precheck,
        Func<MemberRoster, RosterChange> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await OptimisticRetry.RunAsync(
            RetryLimits.Document, () => TryApplyAsync(caller, action, memberId, precheck, change, cancellationToken), cancellationToken)
            ?? throw new InvalidOperationException($"The members of tenant {caller.TenantId} kept changing; retry.");
    }

    /// <summary>The precheck of a change to an existing member: it exists and is still at <paramref name="expectedVersion"/>.</summary>
    public static Func<MemberRoster, ChangeOutcome<Member>?> Expecting(string memberId, string expectedVersion) => roster =>
        roster.Find(memberId) is not { } member ? new ChangeOutcome<Member>.NotFound($"No member '{memberId}'.")
        : !Versions.Same(member.Version, expectedVersion) ? new ChangeOutcome<Member>.Stale()
        : null;

    private async Task<ChangeOutcome<Member>?> TryApplyAsync(
        Caller caller,
        string action,
        string memberId,
        Func<MemberRoster, ChangeOutcome<Member>?> precheck,
        Func<MemberRoster, RosterChange> change,
        CancellationToken cancellationToken)
    {
        var roster = await rosters.FindAsync(caller.TenantId, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant {caller.TenantId} has no roster.");
        if (precheck(roster) is { } early)
        {
            return early;
        }

        switch (change(roster))
        {
            case RosterChange.Changed changed:
                if (await rosters.TryWriteAsync(changed.Roster, cancellationToken) is null)
                {
                    return null;
                }

                var before = roster.Find(memberId) is { } old ? MemberDescription.Of(old) : AuditRecorder.Nothing;
                var after = changed.Member is { } member ? MemberDescription.Of(member) : AuditRecorder.Nothing;
                await audit.RecordAsync(caller, action, $"members/{memberId}", before, after, cancellationToken);
                return changed.Member is { } result
                    ? new ChangeOutcome<Member>.Done(new Versioned<Member>(result, result.Version), Created: roster.Find(memberId) is null)
                    : new ChangeOutcome<Member>.Deleted();
            case RosterChange.Unchanged unchanged:
                return new ChangeOutcome<Member>.Done(new Versioned<Member>(unchanged.Member, unchanged.Member.Version));
            case RosterChange.Refused refused:
                return new ChangeOutcome<Member>.Refused(refused.Reason);
            default:
                return new ChangeOutcome<Member>.NotFound($"No member '{memberId}'.");
        }
    }
}
