using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// The start of every public tenant route: the caller's rate limits (429), then the tenant by slug
/// (404 when unknown), before anything else is read.
/// </summary>
public sealed class TenantRoute(ITenantCatalog catalog, ClientRateLimiter limiter)
{
    /// <exception cref="RequestRejectedException">Rate-limited, or no active tenant has the slug.</exception>
    public async Task<TenantConfiguration> FindAsync(HttpRequest request, string slug, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(slug, request) is { } limited)
        {
            throw new RequestRejectedException(limited);
        }

        return await catalog.FindBySlugAsync(slug, cancellationToken)
            ?? throw new RequestRejectedException(ApiProblems.NotFound($"No tenant has the slug '{slug}'."));
    }
}
