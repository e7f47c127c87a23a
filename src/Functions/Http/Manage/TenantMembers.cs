using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>Who may manage the tenant: owners invite by e-mail, change roles and remove members; the last owner stays.</summary>
public sealed class TenantMembers(Managers managers, IMemberRosters rosters, InviteMember invite, ChangeMember change, RemoveMember remove)
{
    [ApiOperation(Summary = "List members and open invitations", Response = typeof(List<MemberResponse>), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(ListMembers))]
    public async Task<IActionResult> ListMembers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Members)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var roster = await rosters.FindAsync(managed.Caller.TenantId, cancellationToken);
        return new JsonBody((roster?.Members ?? []).Select(MemberResponses.Of).ToList());
    }

    [ApiOperation(Summary = "Read a member", Response = typeof(MemberResponse), Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetMember))]
    public async Task<IActionResult> GetMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Member)] HttpRequest request,
        string tenantId,
        string memberId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        return (await rosters.FindAsync(managed.Caller.TenantId, cancellationToken))?.Find(RouteIds.Check(memberId, "member")) is { } member
            ? new VersionedBody(MemberResponses.Of(member), member.Version)
            : ApiProblems.NotFound($"No member '{memberId}'.");
    }

    [ApiOperation(Summary = "Invite a person by e-mail", Description = "They join when they first call with a token whose verified e-mail is that address.",
        Request = typeof(InviteMemberRequest), Response = typeof(MemberResponse), Statuses = [201, 400, 401, 403, 404, 409, 413],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(InviteMember))]
    public async Task<IActionResult> InviteMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Members)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var id = ResourceIds.New("mbr", tenantId, IdempotencyKey.Optional(request));
        var (email, role, staffId) = MemberRequests.ToInvitation(await JsonRequest.ReadAsync<InviteMemberRequest>(request, cancellationToken));
        var outcome = await invite.ExecuteAsync(managed.Caller, id, email, role, staffId, cancellationToken);
        return ChangeResults.ToResult(outcome, MemberResponses.Of, m => ManageRoutes.Url(tenantId, "members", m.Id));
    }

    [ApiOperation(Summary = "Change a member's role and staff record", Description = "Needs If-Match. The last owner keeps the owner role (409).",
        Request = typeof(MemberChangeRequest), Response = typeof(MemberResponse), Statuses = [200, 400, 401, 403, 404, 409, 412, 413, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The member's ETag from the last read.")]
    [Function(nameof(ChangeMember))]
    public async Task<IActionResult> ChangeMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.Member)] HttpRequest request,
        string tenantId,
        string memberId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var version = IfMatch.Require(request);
        var (role, staffId) = MemberRequests.ToChange(await JsonRequest.ReadAsync<MemberChangeRequest>(request, cancellationToken));
        var outcome = await change.ExecuteAsync(managed.Caller, RouteIds.Check(memberId, "member"), role, staffId, version, cancellationToken);
        return ChangeResults.ToResult(outcome, MemberResponses.Of);
    }

    [ApiOperation(Summary = "Remove a member or withdraw an invitation", Description = "Needs If-Match. The last owner stays (409).",
        Statuses = [204, 401, 403, 404, 409, 412, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The member's ETag from the last read.")]
    [Function(nameof(RemoveMember))]
    public async Task<IActionResult> RemoveMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.Member)] HttpRequest request,
        string tenantId,
        string memberId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var version = IfMatch.Require(request);
        var outcome = await remove.ExecuteAsync(managed.Caller, RouteIds.Check(memberId, "member"), version, cancellationToken);
        return ChangeResults.ToResult(outcome, MemberResponses.Of);
    }
}
