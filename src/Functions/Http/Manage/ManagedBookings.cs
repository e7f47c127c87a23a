using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>The business's view of its bookings: a paged listing, and one booking with its ETag. Staff see their own.</summary>
public sealed class ManagedBookings(Managers managers, ListBookings list, IAppointmentRepository appointments, IClock clock)
{
    [ApiOperation(Summary = "List bookings by start over local dates", Description = "At most 92 days; staff see only their own bookings. Pass 'continuation' back for the next page.",
        Response = typeof(BookingPageResponse), Statuses = [200, 400, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [ApiQueryParameter("from", Required = true, Description = "First local date, yyyy-MM-dd.")]
    [ApiQueryParameter("to", Required = true, Description = "Last local date, yyyy-MM-dd.")]
    [ApiQueryParameter("staffId")]
    [ApiQueryParameter("status", Description = "pendingPayment, confirmed, cancelled, expired, completed or noShow.")]
    [ApiQueryParameter("limit", Type = typeof(int), Description = "1 to 200; 50 when absent.")]
    [ApiQueryParameter("continuation", Description = "The token from the previous page.")]
    [Function(nameof(ListManagedBookings))]
    public async Task<IActionResult> ListManagedBookings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Bookings)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var query = ListingQuery.Bookings(request.Query);
        var scoped = query with { StaffId = Managers.OwnStaffOrAny(managed.Caller, query.StaffId) };
        var page = await list.ExecuteAsync(managed.Tenant, scoped, cancellationToken);
        return new JsonBody(ManagedBookingResponses.Page(page, clock.GetCurrentInstant()));
    }

    [ApiOperation(Summary = "Read a booking with the customer's details", Response = typeof(ManagedBookingResponse), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(GetManagedBooking))]
    public async Task<IActionResult> GetManagedBooking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Booking)] HttpRequest request,
        string tenantId,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var appointment = await appointments.FindAsync(managed.Caller.TenantId, RouteIds.Check(bookingId, "booking"), cancellationToken);
        return appointment is not null && managed.Caller.MayActFor(appointment.Placement.StaffId)
            ? new VersionedBody(ManagedBookingResponses.Of(appointment, clock.GetCurrentInstant()), appointment.Version!)
            : ApiProblems.NotFound($"No booking '{bookingId}'.");
    }
}
