using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Staff;
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

/// <summary>Staff and their schedules (weekly hours, breaks, date overrides); changes reach the public slot search at once.</summary>
public sealed class StaffMembers(Managers managers, ITenantResources<StaffProfile> staff, StaffEdits edits)
{
    [ApiOperation(Summary = "List every staff member, active or not", Response = typeof(List<StaffResponse>), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(ListStaff))]
    public async Task<IActionResult> ListStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Staff)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var all = await staff.ListAsync(managed.Caller.TenantId, cancellationToken);
        return new JsonBody(all.Select(s => StaffResponses.Of(s.Value)).ToList());
    }

    [ApiOperation(Summary = "Add a staff member with their schedule", Description = "An Idempotency-Key makes a retry answer the staff member the first try added.",
        Request = typeof(StaffRequest), Response = typeof(StaffResponse), Statuses = [201, 400, 401, 403, 404, 413], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(CreateStaffMember))]
    public async Task<IActionResult> CreateStaffMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Staff)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var id = ResourceIds.New("stf", tenantId, IdempotencyKey.Optional(request));
        var body = await JsonRequest.ReadAsync<StaffRequest>(request, cancellationToken);
        var profile = StaffRequests.ToProfile(body, id, () => ResourceIds.New("off", tenantId, null));
        return ChangeResults.ToResult(await edits.CreateAsync(managed.Caller, profile, cancellationToken), StaffResponses.Of,
            s => ManageRoutes.Url(tenantId, "staff", s.Id));
    }

    [ApiOperation(Summary = "Read a staff member and their schedule (staff: their own)", Response = typeof(StaffResponse),
        Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetStaffMember))]
    public async Task<IActionResult> GetStaffMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.StaffMember)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        Managers.RequireActingFor(managed.Caller, RouteIds.Check(staffId, "staff member"));
        return await staff.FindAsync(managed.Caller.TenantId, staffId, cancellationToken) is { } found
            ? new VersionedBody(StaffResponses.Of(found.Value), found.Version)
            : ApiProblems.NotFound($"No staff member '{staffId}'.");
    }

    [ApiOperation(Summary = "Replace a staff member and their schedule", Description = "Needs If-Match. Existing bookings stay.",
        Request = typeof(StaffRequest), Response = typeof(StaffResponse), Statuses = [200, 400, 401, 403, 404, 412, 413, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(ReplaceStaffMember))]
    public async Task<IActionResult> ReplaceStaffMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.StaffMember)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var body = await JsonRequest.ReadAsync<StaffRequest>(request, cancellationToken);
        var profile = StaffRequests.ToProfile(body, RouteIds.Check(staffId, "staff member"), () => ResourceIds.New("off", tenantId, null));
        return ChangeResults.ToResult(await edits.ReplaceAsync(managed.Caller, profile, version, cancellationToken), StaffResponses.Of);
    }

    [ApiOperation(Summary = "Delete a staff member without upcoming bookings", Description = "Needs If-Match; 409 while bookings with them are to come.",
        Statuses = [204, 401, 403, 404, 409, 412, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(DeleteStaffMember))]
    public async Task<IActionResult> DeleteStaffMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.StaffMember)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var outcome = await edits.DeleteAsync(managed.Caller, RouteIds.Check(staffId, "staff member"), version, cancellationToken);
        return ChangeResults.ToResult(outcome, StaffResponses.Of);
    }
}
