using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>Public tenant profiles, found by slug.</summary>
public sealed class Tenants(TenantRoute route)
{
    [Function(nameof(GetTenant))]
    [ApiOperation(Summary = "A tenant's public profile and its bookable services", Response = typeof(TenantProfileResponse), Statuses = [200, 404, 429])]
    public async Task<IActionResult> GetTenant(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken) =>
        new JsonBody(TenantResponses.Profile(await route.FindAsync(request, slug, cancellationToken)));
}
