using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// The start of every public tenant route: the caller's rate limit for this tenant (429), then the
/// tenant by slug (404 when unknown).
/// </summary>
public sealed class TenantRoute(TenantCatalog catalog, ClientRateLimiter limiter)
{
    public async Task<(TenantConfiguration? Tenant, ProblemResult? Problem)> FindAsync(
        HttpRequest request, string slug, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(slug, request) is { } limited)
        {
            return (null, limited);
        }

        var tenant = await catalog.FindAsync(slug, cancellationToken);
        return tenant is null ? (null, ApiProblems.NotFound($"No tenant has the slug '{slug}'.")) : (tenant, null);
    }
}
