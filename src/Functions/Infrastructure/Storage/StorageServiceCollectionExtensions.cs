using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Health;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorageQueues(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp => QueueServiceClientFactory.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IMessagePublisher, StorageQueuePublisher>();
        services.AddSingleton<IMessageScheduler, StorageQueuePublisher>();
        services.AddSingleton<IDependencyProbe, StorageProbe>();
        return services;
    }
}
