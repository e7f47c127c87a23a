using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using AppointmentBooking.Functions.Saga;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>
/// What the business does to a booking: managers confirm and cancel (with or without refund); staff
/// mark their own bookings completed or no-show once started. An If-Match makes the action apply only
/// to the version read; repeating an action changes nothing.
/// </summary>
public sealed class BookingActions(Managers managers, ActOnBooking act, IOptions<SagaOptions> sagaOptions, IClock clock)
{
    private const string IfMatchDescription = "Optional: the booking's ETag, to act only on the version read.";

    [ApiOperation(Summary = "Confirm a held booking", Response = typeof(ManagedBookingResponse), Statuses = [200, 401, 403, 404, 409, 412],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Required = false, Description = IfMatchDescription)]
    [Function(nameof(ConfirmBookingForBusiness))]
    public Task<IActionResult> ConfirmBookingForBusiness(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Booking + "/confirm")] HttpRequest request,
        string tenantId,
        string bookingId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        ActAsync(request, tenantId, bookingId, Role.Manager, (caller, id, version) =>
            act.ConfirmAsync(caller, id, version, new DurableBookingSagas(client, sagaOptions.Value), cancellationToken), cancellationToken);

    [ApiOperation(Summary = "Mark a booking completed", Response = typeof(ManagedBookingResponse), Statuses = [200, 401, 403, 404, 409, 412],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Required = false, Description = IfMatchDescription)]
    [Function(nameof(CompleteBooking))]
    public Task<IActionResult> CompleteBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Booking + "/complete")] HttpRequest request,
        string tenantId,
        string bookingId,
        CancellationToken cancellationToken) =>
        ActAsync(request, tenantId, bookingId, Role.Staff, Run(new BookingAction.Complete(), cancellationToken), cancellationToken);

    [ApiOperation(Summary = "Mark a booking a no-show", Response = typeof(ManagedBookingResponse), Statuses = [200, 401, 403, 404, 409, 412],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Required = false, Description = IfMatchDescription)]
    [Function(nameof(MarkNoShow))]
    public Task<IActionResult> MarkNoShow(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Booking + "/no-show")] HttpRequest request,
        string tenantId,
        string bookingId,
        CancellationToken cancellationToken) =>
        ActAsync(request, tenantId, bookingId, Role.Staff, Run(new BookingAction.NoShow(), cancellationToken), cancellationToken);

    [ApiOperation(Summary = "Cancel a booking for the business, with or without refund", Request = typeof(CancelByBusinessRequest),
        Response = typeof(ManagedBookingResponse), Statuses = [200, 400, 401, 403, 404, 409, 412, 413], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Required = false, Description = IfMatchDescription)]
    [Function(nameof(CancelBookingForBusiness))]
    public Task<IActionResult> CancelBookingForBusiness(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Booking + "/cancel")] HttpRequest request,
        string tenantId,
        string bookingId,
        CancellationToken cancellationToken) =>
        ActAsync(request, tenantId, bookingId, Role.Manager, async (caller, id, version) => await act.ExecuteAsync(caller, id,
            BookingActionRequests.ToCancel(await JsonRequest.ReadAsync<CancelByBusinessRequest>(request, cancellationToken)), version, cancellationToken),
            cancellationToken);

    /// <param name="run">Reads what else the action needs from the request, then acts as the caller on the booking id at the version given.</param>
    private async Task<IActionResult> ActAsync(
        HttpRequest request, string tenantId, string bookingId, Role role, Func<Caller, string, string?, Task<ChangeOutcome<Appointment>>> run,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, role, cancellationToken);
        var version = IfMatch.Optional(request);
        var outcome = await run(managed.Caller, RouteIds.Check(bookingId, "booking"), version);
        return ChangeResults.ToResult(outcome, a => ManagedBookingResponses.Of(a, clock.GetCurrentInstant()));
    }

    private Func<Caller, string, string?, Task<ChangeOutcome<Appointment>>> Run(BookingAction action, CancellationToken cancellationToken) =>
        (caller, id, version) => act.ExecuteAsync(caller, id, action, version, cancellationToken);
}
