using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>A tenant's bookable services.</summary>
public sealed class Services(TenantRoute route)
{
    [ApiOperation(Summary = "A tenant's bookable services", Response = typeof(List<ServiceResponse>), Statuses = [200, 404, 429])]
    [Function(nameof(ListServices))]
    public async Task<IActionResult> ListServices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}/services")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken) =>
        new JsonBody(TenantResponses.Services(await route.FindAsync(request, slug, cancellationToken)));
}
