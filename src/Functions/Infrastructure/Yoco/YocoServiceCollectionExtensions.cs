using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Yoco;

internal static class YocoServiceCollectionExtensions
{
    public static IServiceCollection AddYoco(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<YocoOptions>(configuration.GetSection(YocoOptions.Section));
        services.AddGatewayHttpClient(YocoApi.ClientName);
        services.AddSingleton<YocoApi>();
        services.AddSingleton<IPaymentGateway, YocoGateway>();
        return services;
    }
}
