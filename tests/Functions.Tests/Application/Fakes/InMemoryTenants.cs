using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Tenants in memory, counting lookups so tests can see what the cache saves.</summary>
internal sealed class InMemoryTenants : ITenantCatalog, ITenantDirectory
{
    private readonly Dictionary<string, TenantConfiguration> bySlug = new(StringComparer.OrdinalIgnoreCase);

    public int Lookups { get; private set; }

    public void Add(TenantConfiguration tenant) => bySlug[tenant.Tenant.Slug] = tenant;

    public Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        Lookups++;
        return Task.FromResult(bySlug.GetValueOrDefault(slug));
    }

    public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(bySlug.Values.FirstOrDefault(t => t.TenantId == tenantId));

    public Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. bySlug.Values.Select(t => t.TenantId)]);
}
