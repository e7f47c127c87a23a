using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Http.Cors;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.Auth;

/// <summary>
/// The first line of every management function, in both hosts (no host-specific middleware): the
/// route's tenant (404 for an id that cannot exist), CORS for its origins, the bearer token (401), and
/// membership with at least the route's role (403) — before anything is read for the request itself.
/// A member of another tenant gets 403, the same as anyone else who is not a member.
/// </summary>
public sealed class Managers(AuthorizeCaller authorize, IIdentityVerifier verifier, ITenantCatalog catalog, CorsPolicy cors)
{
    /// <exception cref="RequestRejectedException">401, 403, 404 or 503, as above.</exception>
    public async Task<ManagedRequest> AuthorizeAsync(HttpRequest request, string tenantId, Role required, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RouteIds.Check(tenantId, "tenant");
        var tenant = await catalog.FindByIdAsync(tenantId, cancellationToken);
        cors.Apply(request, tenant);
        var token = BearerToken.Require(request);
        return await authorize.ExecuteAsync(token, tenantId, required, cancellationToken) switch
        {
            AccessOutcome.Granted granted when tenant is not null => new ManagedRequest(granted.Caller, tenant),
            AccessOutcome.Granted => throw new RequestRejectedException(ApiProblems.NotFound($"Tenant '{tenantId}' is not active.")),
            AccessOutcome.Unauthenticated unauthenticated => throw BearerToken.Unauthorized(request, unauthenticated.Detail),
            AccessOutcome.Forbidden forbidden => throw new RequestRejectedException(ApiProblems.Forbidden(forbidden.Detail)),
            AccessOutcome.IdentityUnavailable unavailable => throw new RequestRejectedException(Unavailable(unavailable.Detail)),
            _ => throw new InvalidOperationException("Unknown access outcome."),
        };
    }

    /// <summary>Who calls, for routes that need an identity but no membership yet (signing up).</summary>
    /// <exception cref="RequestRejectedException">401 or 503.</exception>
    public async Task<Identity> IdentifyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cors.Apply(request, tenant: null);
        return await verifier.VerifyAsync(BearerToken.Require(request), cancellationToken) switch
        {
            IdentityCheck.Verified verified => verified.Identity,
            IdentityCheck.Rejected rejected => throw BearerToken.Unauthorized(request, rejected.Reason),
            IdentityCheck.Unavailable unavailable => throw new RequestRejectedException(Unavailable(unavailable.Reason)),
            _ => throw new InvalidOperationException("Unknown identity check."),
        };
    }

    /// <summary>Staff act only for their own staff record; managers for all.</summary>
    /// <exception cref="RequestRejectedException">403 when the caller may not.</exception>
    public static void RequireActingFor(Caller caller, string staffId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.MayActFor(staffId))
        {
            throw new RequestRejectedException(ApiProblems.Forbidden("Staff see and change only their own schedule and bookings."));
        }
    }

    /// <summary>The staff record a listing is scoped to: any (or the one asked for) for managers, their own for staff.</summary>
    /// <exception cref="RequestRejectedException">403 when staff ask for someone else's.</exception>
    public static string? OwnStaffOrAny(Caller caller, string? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Member.Holds(Role.Manager))
        {
            return requested;
        }

        var own = requested ?? caller.Member.StaffId ?? throw new RequestRejectedException(ApiProblems.Forbidden("You have no staff record."));
        RequireActingFor(caller, own);
        return own;
    }

    private static ProblemResult Unavailable(string detail) =>
        ApiProblems.DependencyUnavailable(detail, new Dictionary<string, object?> { ["dependency"] = "identity-provider" });
}
