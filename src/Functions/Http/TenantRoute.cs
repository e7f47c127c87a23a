using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http;

/// <summary>Resolves the tenant every public route starts with; an unknown slug is a 404.</summary>
public static class TenantRoute
{
    public static async Task<(TenantConfiguration? Tenant, ProblemResult? Problem)> FindAsync(
        TenantCatalog catalog, string slug, CancellationToken cancellationToken)
    {
        var tenant = await catalog.FindAsync(slug, cancellationToken);
        return tenant is null ? (null, ApiProblems.NotFound($"No tenant has the slug '{slug}'.")) : (tenant, null);
    }
}
