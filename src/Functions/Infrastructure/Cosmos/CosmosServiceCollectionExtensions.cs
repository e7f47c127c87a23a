using AppointmentBooking.Functions.Infrastructure.Health;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

internal static class CosmosServiceCollectionExtensions
{
    public static IServiceCollection AddCosmosStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CosmosOptions>(configuration.GetSection(CosmosOptions.Section));
        services.AddSingleton(sp => CosmosClientFactory.Create(
            sp.GetRequiredService<IOptions<CosmosOptions>>().Value, sp.GetServices<RequestHandler>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CosmosOptions>>().Value;
            return new CosmosStore(sp.GetRequiredService<CosmosClient>().GetContainer(options.Database, options.Container));
        });
        services.AddHostedService<CosmosContainerInitializer>();
        services.AddSingleton<IDependencyProbe, CosmosProbe>();
        return services;
    }
}
