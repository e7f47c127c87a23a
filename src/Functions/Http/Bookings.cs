using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http;

/// <summary>Customers book, read, cancel and reschedule; the access token from the create answer opens the links.</summary>
public sealed class Bookings(
    TenantRoute route,
    CreateBooking create,
    CancelBooking cancel,
    RescheduleBooking reschedule,
    BookingAccess access,
    AccessTokens tokens,
    IClock clock)
{
    private const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxIdempotencyKeyLength = 200;

    [ApiOperation(Summary = "Book a slot", Description = "Requires the Idempotency-Key header: the same key and body answer the same booking; the same key with another body is 422. A taken slot is 409 with alternatives.",
        Request = typeof(CreateBookingRequest), Response = typeof(BookingResponse), Statuses = [201, 400, 404, 409, 413, 422, 503])]
    [Function(nameof(CreateBooking))]
    public async Task<IActionResult> CreateBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var key = request.Headers[IdempotencyHeader].ToString();
        if (key.Length is 0 or > MaxIdempotencyKeyLength)
        {
            return ApiProblems.Validation([new FieldError(IdempotencyHeader, $"header is required, at most {MaxIdempotencyKeyLength} characters.")]);
        }

        var (body, malformed) = await JsonRequest.ReadAsync<CreateBookingRequest>(request, cancellationToken);
        var (tenant, unknown) = await route.FindAsync(request, slug, cancellationToken);
        if ((malformed ?? unknown) is { } problem)
        {
            return problem;
        }

        var (draft, invalid) = BookingRequests.ToDraft(tenant!, body!);
        return invalid ?? BookingResults.ToResult(
            await create.ExecuteAsync(tenant!, draft!, key, cancellationToken), tenant!.Policy.Zone, clock.GetCurrentInstant(),
            bookingId => tokens.Issue(tenant.TenantId, bookingId));
    }

    [ApiOperation(Summary = "Read a booking with its access token", Response = typeof(BookingResponse), Statuses = [200, 401, 404])]
    [ApiQueryParameter("token", Required = true)]
    [Function(nameof(GetBooking))]
    public async Task<IActionResult> GetBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}/bookings/{bookingId}")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var (tenant, problem) = await FindTenantWithTokenAsync(request, slug, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var appointment = await access.FindAsync(tenant!, bookingId, Token(request), cancellationToken);
        var outcome = appointment is null ? BookingAccess.Missing(bookingId) : (BookingOutcome)new BookingOutcome.Done(appointment, Created: false);
        return BookingResults.ToResult(outcome, tenant!.Policy.Zone, clock.GetCurrentInstant());
    }

    [ApiOperation(Summary = "Cancel a booking; records whether the deposit is refundable", Response = typeof(BookingResponse),
        Statuses = [200, 401, 404, 409])]
    [ApiQueryParameter("token", Required = true)]
    [Function(nameof(CancelBooking))]
    public async Task<IActionResult> CancelBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/cancel")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var (tenant, problem) = await FindTenantWithTokenAsync(request, slug, cancellationToken);
        return problem ?? BookingResults.ToResult(
            await cancel.ExecuteAsync(tenant!, bookingId, Token(request), cancellationToken), tenant!.Policy.Zone, clock.GetCurrentInstant());
    }

    [ApiOperation(Summary = "Move a booking to another start (and optionally another staff member)", Request = typeof(RescheduleBookingRequest),
        Response = typeof(BookingResponse), Statuses = [200, 400, 401, 404, 409, 422])]
    [ApiQueryParameter("token", Required = true)]
    [Function(nameof(RescheduleBooking))]
    public async Task<IActionResult> RescheduleBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/reschedule")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonRequest.ReadAsync<RescheduleBookingRequest>(request, cancellationToken);
        var (tenant, problem) = await FindTenantWithTokenAsync(request, slug, cancellationToken);
        if ((malformed ?? problem) is { } failure)
        {
            return failure;
        }

        var (draft, invalid) = BookingRequests.ToDraft(tenant!, body!);
        return invalid ?? BookingResults.ToResult(
            await reschedule.ExecuteAsync(tenant!, bookingId, Token(request), draft!, cancellationToken), tenant!.Policy.Zone,
            clock.GetCurrentInstant());
    }

    private async Task<(TenantConfiguration? Tenant, ProblemResult? Problem)> FindTenantWithTokenAsync(
        HttpRequest request, string slug, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(Token(request))
            ? (null, ApiProblems.Unauthorized("The booking's access token is required as '?token='."))
            : await route.FindAsync(request, slug, cancellationToken);

    private static string? Token(HttpRequest request) => request.Query["token"].FirstOrDefault();
}
