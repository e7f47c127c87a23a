using AppointmentBooking.Functions.Infrastructure.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Integration.Tests.Fixtures;

public static class AppFixtureExtensions
{
    /// <summary>Stores the tenant through the same directory the app reads.</summary>
    public static async Task<TestTenant> SeedAsync(this AppFixture fixture, TestTenant tenant)
    {
        await fixture.Services.GetRequiredService<TenantDirectory>().RegisterAsync(tenant.Document, CancellationToken.None);
        foreach (var service in tenant.Services)
        {
            await fixture.Store.UpsertAsync(service, CancellationToken.None);
        }

        foreach (var staff in tenant.Staff)
        {
            await fixture.Store.UpsertAsync(staff, CancellationToken.None);
        }

        return tenant;
    }
}
