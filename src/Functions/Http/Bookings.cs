using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Saga;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Http;

/// <summary>Customers book, read, cancel and reschedule; the access token from the create answer opens the booking.</summary>
public sealed class Bookings(
    TenantRoute route, CreateBooking create, CancelBooking cancel, RescheduleBooking reschedule, ReadBooking read, AccessTokens tokens,
    IOptions<SagaOptions> sagaOptions, IClock clock)
{
    [ApiOperation(Summary = "Book a slot", Description = "Requires the Idempotency-Key header: the same key and body answer the same booking; the same key with another body is 422. A taken slot is 409 with alternatives.",
        Request = typeof(CreateBookingRequest), Response = typeof(BookingResponse), Statuses = [201, 400, 404, 409, 413, 422, 429, 503])]
    [ApiHeaderParameter(IdempotencyKey.Header, Description = "One key per booking attempt; retries send the same key.")]
    [Function(nameof(CreateBooking))]
    public async Task<IActionResult> CreateBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var key = IdempotencyKey.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        var command = BookingRequests.ToCommand(await JsonRequest.ReadAsync<CreateBookingRequest>(request, cancellationToken));
        var outcome = await create.ExecuteAsync(tenant, command, key, cancellationToken);
        return BookingResults.ToResult(outcome, tenant.Policy.Zone, clock.GetCurrentInstant(), id => tokens.Issue(tenant.TenantId, id));
    }

    [ApiOperation(Summary = "Read a booking with its access token, its deposit and how far its saga got", Response = typeof(BookingResponse),
        Statuses = [200, 401, 404, 429], Security = ApiSecurity.BookingAccessToken)]
    [Function(nameof(GetBooking))]
    public async Task<IActionResult> GetBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}/bookings/{bookingId}")] HttpRequest request,
        string slug,
        string bookingId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var token = BookingToken.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        var view = await read.ExecuteAsync(tenant, bookingId, token, new DurableBookingSagas(client, sagaOptions.Value), cancellationToken);
        return view is null
            ? ApiProblems.NotFound(BookingAccess.Missing(bookingId).Detail)
            : new JsonBody(BookingResponses.Booking(view, clock.GetCurrentInstant()));
    }

    [ApiOperation(Summary = "Cancel a booking; records whether the deposit is refundable", Response = typeof(BookingResponse),
        Statuses = [200, 401, 404, 409, 429], Security = ApiSecurity.BookingAccessToken)]
    [Function(nameof(CancelBooking))]
    public async Task<IActionResult> CancelBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/cancel")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var token = BookingToken.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        return BookingResults.ToResult(await cancel.ExecuteAsync(tenant, bookingId, token, cancellationToken), tenant.Policy.Zone, clock.GetCurrentInstant());
    }

    [ApiOperation(Summary = "Move a booking to another start (and optionally another staff member)", Request = typeof(RescheduleBookingRequest),
        Response = typeof(BookingResponse), Statuses = [200, 400, 401, 404, 409, 422, 429], Security = ApiSecurity.BookingAccessToken)]
    [Function(nameof(RescheduleBooking))]
    public async Task<IActionResult> RescheduleBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/reschedule")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var token = BookingToken.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        var command = BookingRequests.ToCommand(await JsonRequest.ReadAsync<RescheduleBookingRequest>(request, cancellationToken));
        var outcome = await reschedule.ExecuteAsync(tenant, bookingId, token, command, cancellationToken);
        return BookingResults.ToResult(outcome, tenant.Policy.Zone, clock.GetCurrentInstant());
    }
}
