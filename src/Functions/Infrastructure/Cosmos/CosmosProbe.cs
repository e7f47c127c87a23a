using AppointmentBooking.Functions.Infrastructure.Health;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Cosmos DB is up when the container's properties can be read.</summary>
internal sealed class CosmosProbe(CosmosStore store) : IDependencyProbe
{
    public string Name => "cosmos";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        store.Container.ReadContainerAsync(cancellationToken: cancellationToken);
}
