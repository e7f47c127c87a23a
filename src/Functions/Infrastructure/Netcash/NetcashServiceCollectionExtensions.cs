using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Netcash;

internal static class NetcashServiceCollectionExtensions
{
    public static IServiceCollection AddNetcash(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NetcashOptions>(configuration.GetSection(NetcashOptions.Section));
        services.AddGatewayHttpClient(NetcashApi.ClientName);
        services.AddSingleton<NetcashApi>();
        services.AddSingleton<IPaymentGateway, NetcashGateway>();
        return services;
    }
}
