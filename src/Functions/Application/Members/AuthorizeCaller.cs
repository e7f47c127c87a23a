using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Common;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>
/// The one gate of every management route: the bearer token must be valid, its identity a member of
/// the route's tenant (an open invitation to its verified e-mail is accepted on the way), and the
/// member's role at least the one the route needs. Costs the token check and one point read.
/// Accepting an invitation is a change like any other: it is audited.
/// </summary>
public sealed class AuthorizeCaller(IIdentityVerifier verifier, IMemberRosters rosters, AuditRecorder audit, IClock clock)
{
    public async Task<AccessOutcome> ExecuteAsync(string token, string tenantId, Role required, CancellationToken cancellationToken)
    {
        switch (await verifier.VerifyAsync(token, cancellationToken))
        {
            case IdentityCheck.Verified verified:
                var admitted = await OptimisticRetry.RunAsync(
                    RetryLimits.Document, () => TryAdmitAsync(tenantId, verified.Identity, cancellationToken), cancellationToken);
                return admitted switch
                {
                    AccessOutcome.Granted { Caller.Member: var member } when !member.Holds(required) => new AccessOutcome.Forbidden(
                        $"This needs the {required.ToString().ToLowerInvariant()} role; you are {member.Role.ToString().ToLowerInvariant()}."),
                    { } outcome => outcome,
                    null => throw new InvalidOperationException($"The members of tenant {tenantId} kept changing; retry."),
                };
            case IdentityCheck.Unavailable unavailable:
                return new AccessOutcome.IdentityUnavailable(unavailable.Reason);
            case IdentityCheck.Rejected rejected:
                return new AccessOutcome.Unauthenticated(rejected.Reason);
            default:
                throw new InvalidOperationException("Unknown identity check.");
        }
    }

    private async Task<AccessOutcome> JoinedAsync(Caller caller, Member invited, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(caller, "member.join", $"members/{caller.Member.Id}", MemberDescription.Of(invited),
            MemberDescription.Of(caller.Member), cancellationToken);
        return new AccessOutcome.Granted(caller);
    }

    /// <summary>Null when another writer changed the roster while an invitation was being accepted: read it again.</summary>
    private async Task<AccessOutcome?> TryAdmitAsync(string tenantId, Identity identity, CancellationToken cancellationToken)
    {
        var roster = await rosters.FindAsync(tenantId, cancellationToken);
        var admission = roster?.Admit(identity, clock.GetCurrentInstant());
        return admission switch
        {
            RosterChange.Unchanged unchanged => new AccessOutcome.Granted(new Caller(tenantId, identity, unchanged.Member)),
            RosterChange.Changed { Member: { } joined } changed => await rosters.TryWriteAsync(changed.Roster, cancellationToken) is null
                ? null
                : await JoinedAsync(new Caller(tenantId, identity, joined), roster!.Find(joined.Id)!, cancellationToken),
            _ => new AccessOutcome.Forbidden("You are not a member of this tenant."),
        };
    }
}
