using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Tests.Application.Fakes;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class CachedTenantCatalogTests
{
    [Fact]
    public async Task A_tenant_is_loaded_once_while_cached_whatever_the_case_of_its_slug()
    {
        var source = new InMemoryTenants();
        source.Add(BookingHarness.Tenant);
        using var catalog = new CachedTenantCatalog(source, source);

        Assert.NotNull(await catalog.FindBySlugAsync("SALON", CancellationToken.None));
        Assert.NotNull(await catalog.FindBySlugAsync("salon", CancellationToken.None));
        Assert.Equal(1, source.Lookups);
    }

    [Fact]
    public async Task A_change_under_a_new_stamp_is_seen_at_once_by_slug_and_by_id()
    {
        var source = new InMemoryTenants();
        source.Add(BookingHarness.Tenant);
        using var catalog = new CachedTenantCatalog(source, source);
        Assert.Equal(2, (await catalog.FindBySlugAsync("salon", CancellationToken.None))!.ActiveServices.Count);
        Assert.NotNull(await catalog.FindByIdAsync(BookingHarness.Tenant.TenantId, CancellationToken.None));

        source.Change(new TenantConfiguration(BookingHarness.Tenant.Tenant, [BookingHarness.Tenant.Services.Values.First()], BookingHarness.Tenant.Staff.Values));

        Assert.Single((await catalog.FindBySlugAsync("salon", CancellationToken.None))!.ActiveServices);
        Assert.Single((await catalog.FindByIdAsync(BookingHarness.Tenant.TenantId, CancellationToken.None))!.ActiveServices);
        Assert.Equal(4, source.Lookups);
    }

    [Fact]
    public async Task An_unchanged_stamp_keeps_serving_the_cached_configuration()
    {
        var source = new InMemoryTenants();
        source.Change(BookingHarness.Tenant);
        using var catalog = new CachedTenantCatalog(source, source);

        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(await catalog.FindBySlugAsync("salon", CancellationToken.None));
        }

        Assert.Equal(1, source.Lookups);
    }

    [Fact]
    public async Task Invented_slugs_never_grow_the_cache_beyond_its_bound()
    {
        var source = new InMemoryTenants();
        using var catalog = new CachedTenantCatalog(source, source);

        for (var i = 0; i < CachedTenantCatalog.MaxEntries + 2_000; i++)
        {
            Assert.Null(await catalog.FindBySlugAsync($"nobody-{i}", CancellationToken.None));
        }

        Assert.InRange(catalog.Count, 1, CachedTenantCatalog.MaxEntries);
    }

    [Fact]
    public async Task A_failed_load_is_not_remembered()
    {
        var source = new FailingOnce();
        using var catalog = new CachedTenantCatalog(source, new InMemoryTenants());

        await Assert.ThrowsAsync<TimeoutException>(() => catalog.FindBySlugAsync("salon", CancellationToken.None));

        Assert.NotNull(await catalog.FindBySlugAsync("salon", CancellationToken.None));
    }

    private sealed class FailingOnce : ITenantCatalog
    {
        private int calls;

        public async Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return ++calls == 1 ? throw new TimeoutException() : BookingHarness.Tenant;
        }

        public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) => FindBySlugAsync(tenantId, cancellationToken);
    }
}
