using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http;

/// <summary>Free start times for a service, per staff member or for any of them.</summary>
public sealed class Slots(TenantRoute route, AvailabilityService availability, BookingTelemetry telemetry, IClock clock)
{
    [ApiOperation(Summary = "Free start times for a service over local dates (at most 31 days)", Response = typeof(SlotsResponse), Statuses = [200, 400, 404])]
    [ApiQueryParameter("serviceId", Required = true)]
    [ApiQueryParameter("staffId")]
    [ApiQueryParameter("from", Required = true)]
    [ApiQueryParameter("to", Required = true)]
    [Function(nameof(ListSlots))]
    public async Task<IActionResult> ListSlots(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}/slots")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (query, invalid) = SlotQuery.Parse(request.Query);
        var (tenant, unknown) = await route.FindAsync(request, slug, cancellationToken);
        if ((invalid ?? unknown) is { } problem)
        {
            return problem;
        }

        if (!tenant!.Services.TryGetValue(query!.ServiceId, out var service) || !service.IsActive)
        {
            return ApiProblems.NotFound($"No bookable service '{query.ServiceId}'.");
        }

        var staff = BookingRequests.StaffFor(tenant, query.StaffId, service);
        if (staff is null)
        {
            return ApiProblems.NotFound($"No staff member '{query.StaffId}'.");
        }

        var slots = await availability.FindAsync(tenant, service, staff, query.Dates, clock.GetCurrentInstant(), cancellationToken);
        telemetry.SlotsViewed(tenant.TenantId, service.Id, slots.Count);
        return new JsonBody(new SlotsResponse(service.Id, tenant.Policy.Zone.Id, [.. slots.Select(s => BookingResponses.Slot(s, tenant.Policy.Zone))]));
    }
}
