using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>Public tenant profiles, found by slug.</summary>
public sealed class Tenants(TenantDirectory directory)
{
    [Function(nameof(GetTenant))]
    [ApiOperation(Summary = "A tenant's public profile and its bookable services", Response = typeof(TenantProfileResponse), Statuses = [200, 404])]
    public async Task<IActionResult> GetTenant(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var tenant = await directory.FindBySlugAsync(slug, cancellationToken);
        if (tenant is null)
        {
            return ApiProblems.NotFound($"No tenant has the slug '{slug}'.");
        }

        var services = await directory.ListActiveServicesAsync(tenant.TenantId, cancellationToken);
        return new JsonBody(TenantResponses.Profile(tenant, services));
    }
}
