using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Creates the database and the <c>/tenantId</c> container at start-up when configured to.</summary>
internal sealed class CosmosContainerInitializer(CosmosClient client, IOptions<CosmosOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.CreateIfMissing)
        {
            return;
        }

        Database database = await client.CreateDatabaseIfNotExistsAsync(settings.Database, cancellationToken: cancellationToken);
        var properties = new ContainerProperties(settings.Container, CosmosStore.PartitionKeyPath) { DefaultTimeToLive = -1 };
        await database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
