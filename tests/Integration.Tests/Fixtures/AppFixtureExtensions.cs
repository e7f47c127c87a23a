using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Integration.Tests.Fixtures;

public static class AppFixtureExtensions
{
    /// <summary>Stores the tenant through the same directory the app reads.</summary>
    public static async Task<TestTenant> SeedAsync(this AppFixture fixture, TestTenant tenant)
    {
        var sealer = fixture.Services.GetRequiredService<CredentialSealer>();
        var credentials = tenant.Credentials.ToDictionary(c => c.Key, c => sealer.Seal(tenant.TenantId, c.Key, c.Value).Ciphertext);
        await fixture.Services.GetRequiredService<TenantDirectory>().RegisterAsync(tenant.Document with { GatewayCredentials = credentials }, CancellationToken.None);
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

    /// <summary>One staff member working every day, a 60-minute cut (no deposit) and a 90-minute colour (20 % deposit).</summary>
    public static async Task<(BookingClient Client, TestTenant Tenant)> SeedSalonAsync(this AppFixture fixture)
    {
        var tenant = await fixture.SeedAsync(new TestTenant()
            .WithStaff("stf-a")
            .WithService("Cut", 60, 40_000)
            .WithService("Colour", 90, 60_000, depositPercent: 20));
        return (new BookingClient(fixture, tenant), tenant);
    }
}
