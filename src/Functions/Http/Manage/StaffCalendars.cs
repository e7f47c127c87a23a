using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>A staff member's Google Calendar: connect it, see whether it works, disconnect it. Staff manage their own; managers anyone's.</summary>
public sealed class StaffCalendars(Managers managers, ICalendarConnections connections, StartCalendarConsent start, DisconnectStaffCalendar disconnect)
{
    [ApiOperation(Summary = "Read a staff member's calendar connection (staff: their own)", Response = typeof(CalendarConnectionResponse),
        Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetStaffCalendar))]
    public async Task<IActionResult> GetStaffCalendar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.StaffCalendar)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        Managers.RequireActingFor(managed.Caller, RouteIds.Check(staffId, "staff member"));
        return new JsonBody(CalendarResponses.Of(staffId, await connections.FindAsync(managed.Caller.TenantId, staffId, cancellationToken)));
    }

    [ApiOperation(Summary = "Connect a staff member's Google Calendar (staff: their own)",
        Description = "Redirects (302) to Google's consent page for the event and free/busy scopes; with Accept: application/json answers that URL instead. "
            + "Google sends the person back to /api/calendar/oauth/callback; the consent must be completed within 10 minutes, once.",
        Response = typeof(CalendarConsentResponse), Statuses = [200, 302, 401, 403, 404, 503], Security = ApiSecurity.Bearer)]
    [Function(nameof(ConnectStaffCalendar))]
    public async Task<IActionResult> ConnectStaffCalendar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.StaffCalendarConnect)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        Managers.RequireActingFor(managed.Caller, RouteIds.Check(staffId, "staff member"));
        return await start.ExecuteAsync(managed.Caller, staffId, cancellationToken) switch
        {
            ConsentStart.Started started => CalendarResponses.Consent(request, started),
            ConsentStart.NotFound missing => ApiProblems.NotFound(missing.Detail),
            ConsentStart.NotConfigured => ApiProblems.CalendarNotConfigured(),
            _ => throw new InvalidOperationException("Unknown consent start."),
        };
    }

    [ApiOperation(Summary = "Disconnect a staff member's calendar (staff: their own)",
        Description = "Revokes the grant at Google and forgets it; bookings stop reaching the calendar. 'revoked' is false when Google could not confirm it.",
        Response = typeof(CalendarDisconnectedResponse), Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(DisconnectStaffCalendar))]
    public async Task<IActionResult> DisconnectStaffCalendar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.StaffCalendar)] HttpRequest request,
        string tenantId,
        string staffId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        Managers.RequireActingFor(managed.Caller, RouteIds.Check(staffId, "staff member"));
        return await disconnect.ExecuteAsync(managed.Caller, staffId, cancellationToken) switch
        {
            Disconnection.Done done => new JsonBody(new CalendarDisconnectedResponse(staffId, "notConnected", done.Revoked)),
            Disconnection.NotConnected => ApiProblems.NotFound($"Staff member '{staffId}' has no calendar connected."),
            _ => throw new InvalidOperationException("Unknown disconnection."),
        };
    }
}
