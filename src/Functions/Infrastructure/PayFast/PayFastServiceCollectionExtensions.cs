using System.Net;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

internal static class PayFastServiceCollectionExtensions
{
    public static IServiceCollection AddPayFast(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PayFastOptions>(configuration.GetSection(PayFastOptions.Section));
        services.AddGatewayHttpClient(PayFastApi.ClientName);
        services.TryAddSingleton<HostAddressLookup>(Dns.GetHostAddressesAsync);
        services.AddSingleton<PayFastApi>();
        services.AddSingleton<PayFastSourceAddresses>();
        services.AddSingleton<IPaymentGateway, PayFastGateway>();
        return services;
    }
}
