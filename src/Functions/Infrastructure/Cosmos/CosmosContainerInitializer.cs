using System.Collections.ObjectModel;
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
        properties.IndexingPolicy.CompositeIndexes.Add(Composite(("/start", CompositePathSortOrder.Ascending), ("/id", CompositePathSortOrder.Ascending)));
        await database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
    }

    /// <summary>The composite indexes of infra/core/cosmos.bicep that queries order by: the emulator refuses a multi-key ORDER BY without one, as Cosmos DB does.</summary>
    private static Collection<CompositePath> Composite(params (string Path, CompositePathSortOrder Order)[] paths) =>
        [.. paths.Select(p => new CompositePath { Path = p.Path, Order = p.Order })];

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
