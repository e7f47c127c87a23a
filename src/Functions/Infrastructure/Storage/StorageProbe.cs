using AppointmentBooking.Functions.Infrastructure.Health;
using Azure.Storage.Queues;

namespace AppointmentBooking.Functions.Infrastructure.Storage;

/// <summary>Storage is up when the queue service answers for its properties.</summary>
internal sealed class StorageProbe(QueueServiceClient queues) : IDependencyProbe
{
    public string Name => "storage";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        queues.GetPropertiesAsync(cancellationToken);
}
