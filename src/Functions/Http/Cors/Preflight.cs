using AppointmentBooking.Domain.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Cors;

/// <summary>Answers every CORS preflight (OPTIONS) with the policy of the tenant the path names, if any.</summary>
public sealed class Preflight(CorsPolicy cors, ITenantCatalog catalog)
{
    [Function(nameof(AnswerPreflight))]
    public async Task<IActionResult> AnswerPreflight(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = Fallback.CatchAllRoute)] HttpRequest request,
        string? path,
        CancellationToken cancellationToken) =>
        cors.Preflight(request, await TenantOfAsync(path, cancellationToken));

    /// <summary><c>manage/tenants/{tenantId}/...</c> by id, <c>tenants/{slug}/...</c> by slug; anything else has no tenant.</summary>
    private async Task<TenantConfiguration?> TenantOfAsync(string? path, CancellationToken cancellationToken)
    {
        var segments = (path ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["manage", "tenants", var tenantId, ..] when RouteIds.IsValid(tenantId) => await catalog.FindByIdAsync(tenantId, cancellationToken),
            ["tenants", var slug, ..] when RouteIds.IsValid(slug) => await catalog.FindBySlugAsync(slug, cancellationToken),
            _ => null,
        };
    }
}
