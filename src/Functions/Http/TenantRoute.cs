using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Cors;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// The start of every public tenant route: the caller's rate limits (429), then the tenant by slug
/// (404 when unknown), before anything else is read; the tenant's web origins may read the answer (CORS).
/// </summary>
public sealed class TenantRoute(ITenantCatalog catalog, ClientRateLimiter limiter, CorsPolicy cors)
{
    /// <exception cref="RequestRejectedException">Rate-limited, or no active tenant has the slug.</exception>
    public async Task<TenantConfiguration> FindAsync(HttpRequest request, string slug, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(slug, request) is { } limited)
        {
            throw new RequestRejectedException(limited);
        }

        var tenant = await catalog.FindBySlugAsync(slug, cancellationToken);
        cors.Apply(request, tenant);
        return tenant ?? throw new RequestRejectedException(ApiProblems.NotFound($"No tenant has the slug '{slug}'."));
    }
}
