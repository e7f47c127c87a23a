using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Identity;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.LocalHost.Seeding;

/// <summary>
/// Writes the demo tenant at start-up, with its PayFast sandbox credentials sealed as the settings
/// endpoint seals them; upserts, so restarting the host is harmless. Its members are
/// written only when it has none, so people invited in an earlier session stay.
/// </summary>
internal sealed partial class DemoTenantSeeder(
    TenantDirectory directory, CosmosStore store, IMemberRosters rosters, CredentialSealer sealer, IOptions<AuthOptions> auth,
    ILogger<DemoTenantSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var credentials = DemoTenant.PayFastCredentials.ToDictionary(c => c.Key, c => sealer.Seal(DemoTenant.TenantId, c.Key, c.Value).Ciphertext);
        await directory.RegisterAsync(DemoTenant.Tenant with { GatewayCredentials = credentials }, cancellationToken);
        foreach (var service in DemoTenant.Services)
        {
            await store.UpsertAsync(service, cancellationToken);
        }

        foreach (var staff in DemoTenant.Staff)
        {
            await store.UpsertAsync(staff, cancellationToken);
        }

        if (auth.Value.Development.IsEnabled)
        {
            await store.TryCreateAsync(DemoTenant.Roster(auth.Value.Development.Issuer), cancellationToken);
            // Written again through the roster store, which keeps the index that lists each member's tenants.
            if (await rosters.FindAsync(DemoTenant.TenantId, cancellationToken) is { } roster)
            {
                await rosters.TryWriteAsync(roster, cancellationToken);
            }
        }

        LogSeeded(logger, DemoTenant.Slug);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo tenant {Slug}")]
    private static partial void LogSeeded(ILogger logger, string slug);
}
