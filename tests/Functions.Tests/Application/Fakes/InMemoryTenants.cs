using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Tenants and their catalog stamps in memory, counting lookups so tests can see what the cache saves.</summary>
internal sealed class InMemoryTenants : ITenantCatalog, ITenantDirectory, ICatalogStamps
{
    private readonly Dictionary<string, TenantConfiguration> bySlug = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> stamps = new(StringComparer.Ordinal);

    public int Lookups { get; private set; }

    public void Add(TenantConfiguration tenant) => bySlug[tenant.Tenant.Slug] = tenant;

    /// <summary>Replaces the tenant's configuration as a management change would: the new state under a new stamp.</summary>
    public void Change(TenantConfiguration tenant)
    {
        var stamp = Guid.NewGuid().ToString("N");
        stamps[tenant.TenantId] = stamp;
        Add(new TenantConfiguration(tenant.Tenant, tenant.Services.Values, tenant.Staff.Values, stamp));
    }

    public Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        Lookups++;
        return Task.FromResult(bySlug.GetValueOrDefault(slug));
    }

    public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken)
    {
        Lookups++;
        return Task.FromResult(bySlug.Values.FirstOrDefault(t => t.TenantId == tenantId));
    }

    public Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. bySlug.Values.Select(t => t.TenantId)]);

    public Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(stamps.GetValueOrDefault(tenantId));

    public Task StampAsync(string tenantId, CancellationToken cancellationToken)
    {
        stamps[tenantId] = Guid.NewGuid().ToString("N");
        return Task.CompletedTask;
    }
}
