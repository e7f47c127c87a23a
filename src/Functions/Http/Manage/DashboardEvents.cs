using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Cors;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>The tenant's live events as server-sent events, opened with a stream token minted by an authenticated call.</summary>
public sealed class DashboardEvents(
    Managers managers, StreamTokens tokens, StreamGate gate, LiveEvents live, OpenStreams open, ITenantCatalog catalog, CorsPolicy cors,
    IOptions<DashboardOptions> options)
{
    public const string LastEventIdHeader = "Last-Event-ID";

    [ApiOperation(Summary = "Mint a token that opens the event stream", Description = "EventSource cannot send an Authorization header: open the answer's url (token valid a few minutes).",
        Response = typeof(StreamTokenResponse), Statuses = [201, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(MintStreamToken))]
    public async Task<IActionResult> MintStreamToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.StreamTokens)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var minted = tokens.Mint(managed.Caller);
        var url = $"/api/{ManageRoutes.Stream.Replace("{tenantId}", tenantId, StringComparison.Ordinal)}?token={Uri.EscapeDataString(minted.Token)}";
        return new JsonBody(new StreamTokenResponse(minted.Token, InstantPattern.ExtendedIso.Format(minted.ExpiresAt), url), StatusCodes.Status201Created);
    }

    // The token travels in the query string only because EventSource cannot send headers. URLs reach
    // logs and request telemetry: the telemetry redactor masks every token= before export, the token is
    // good for minutes and for this stream only, and no other route accepts it.
    [ApiOperation(Summary = "Follow the tenant's events (server-sent events)",
        Description = "Events: booking.created, .confirmed, .cancelled, .rescheduled, .expired, .completed, .no_show, payment.paid, payment.refunded, calendar.disconnected; the id resumes (Last-Event-ID). Staff see their own bookings only.",
        Statuses = [200, 400, 401, 404], Security = ApiSecurity.StreamToken)]
    [ApiQueryParameter("token", Required = true, Description = "The stream token from POST .../stream-tokens.")]
    [ApiQueryParameter("lastEventId", Description = "Resume after this event id (for a new EventSource; a reconnect sends the Last-Event-ID header).")]
    [Function(nameof(StreamEvents))]
    public async Task<IActionResult> StreamEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Stream)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        RouteIds.Check(tenantId, "tenant");
        cors.Apply(request, await catalog.FindByIdAsync(tenantId, cancellationToken));
        var lastEventId = request.Headers[LastEventIdHeader].ToString() is { Length: > 0 } header ? header : request.Query["lastEventId"].ToString();
        return await gate.ExecuteAsync(tenantId, request.Query["token"].ToString(), lastEventId, cancellationToken) switch
        {
            StreamAccess.Granted granted => new EventStreamResult(live, open, tenantId, granted.Member, granted.Position, options.Value),
            StreamAccess.BadPosition bad => ApiProblems.Validation([new FieldError("lastEventId", bad.Detail)]),
            StreamAccess.Refused refused => ApiProblems.Unauthorized(refused.Detail),
            _ => throw new InvalidOperationException("Unknown stream access."),
        };
    }
}
