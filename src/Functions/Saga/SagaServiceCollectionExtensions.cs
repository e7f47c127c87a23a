using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Saga;

internal static class SagaServiceCollectionExtensions
{
    /// <summary>The saga's settings; its steps are application services, its client comes from the host.</summary>
    public static IServiceCollection AddBookingSaga(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SagaOptions>(configuration.GetSection(SagaOptions.Section));
}
