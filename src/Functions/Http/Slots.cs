using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>Free start times for a service, per staff member or for any of them.</summary>
public sealed class Slots(TenantRoute route, SearchSlots search)
{
    [ApiOperation(Summary = "Free start times for a service over local dates (at most 31 days)", Response = typeof(SlotsResponse), Statuses = [200, 400, 404, 429])]
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
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        var query = SlotQuery.Parse(request.Query);
        var zone = tenant.Policy.Zone;
        return await search.ExecuteAsync(tenant, query.ServiceId, query.Staff, query.Dates, cancellationToken) switch
        {
            SlotSearchOutcome.Found found => new JsonBody(new SlotsResponse(found.Service.Id, zone.Id, [.. found.Slots.Select(s => BookingResponses.Slot(s, zone))],
                BookingResponses.Calendars(found.Calendars, zone))),
            SlotSearchOutcome.NotFound missing => ApiProblems.NotFound(missing.Detail),
            _ => throw new InvalidOperationException("Unknown slot search outcome."),
        };
    }
}
