using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Staff;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>A staff member's time off, one absence at a time; the public slot search stops (or resumes) offering the time at once.</summary>
public sealed class StaffTimeOff(Managers managers, StaffEdits edits)
{
    [ApiOperation(Summary = "Add time off to a staff member", Description = "No If-Match needed: the server appends under the staff member's version. An Idempotency-Key makes a retry add nothing twice.",
        Request = typeof(TimeOffAddRequest), Response = typeof(StaffResponse), Statuses = [201, 400, 401, 403, 404, 413], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(AddStaffTimeOff))]
    public async Task<IActionResult> AddStaffTimeOff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.TimeOff)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var id = ResourceIds.New("off", tenantId, IdempotencyKey.Optional(request));
        var entry = StaffRequests.ToTimeOff(await JsonRequest.ReadAsync<TimeOffAddRequest>(request, cancellationToken), id);
        var outcome = await edits.AddTimeOffAsync(managed.Caller, RouteIds.Check(staffId, "staff member"), entry, cancellationToken);
        return ChangeResults.ToResult(outcome, StaffResponses.Of, s => ManageRoutes.Url(tenantId, "staff", s.Id));
    }

    [ApiOperation(Summary = "Remove time off from a staff member", Description = "Needs If-Match: the staff member's ETag.",
        Response = typeof(StaffResponse), Statuses = [200, 401, 403, 404, 412, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The staff member's ETag from the last read.")]
    [Function(nameof(RemoveStaffTimeOff))]
    public async Task<IActionResult> RemoveStaffTimeOff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.TimeOffEntry)] HttpRequest request,
        string tenantId,
        string staffId,
        string timeOffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var outcome = await edits.RemoveTimeOffAsync(managed.Caller, RouteIds.Check(staffId, "staff member"), RouteIds.Check(timeOffId, "time off"), version,
            cancellationToken);
        return ChangeResults.ToResult(outcome, StaffResponses.Of);
    }
}
