using AppointmentBooking.Functions.Infrastructure.Cosmos;

namespace AppointmentBooking.LocalHost.Seeding;

/// <summary>Writes the demo tenant at start-up; upserts, so restarting the host is harmless.</summary>
internal sealed partial class DemoTenantSeeder(TenantDirectory directory, CosmosStore store, ILogger<DemoTenantSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await directory.RegisterAsync(DemoTenant.Tenant, cancellationToken);
        foreach (var service in DemoTenant.Services)
        {
            await store.UpsertAsync(service, cancellationToken);
        }

        foreach (var staff in DemoTenant.Staff)
        {
            await store.UpsertAsync(staff, cancellationToken);
        }

        LogSeeded(logger, DemoTenant.Slug);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo tenant {Slug}")]
    private static partial void LogSeeded(ILogger logger, string slug);
}
