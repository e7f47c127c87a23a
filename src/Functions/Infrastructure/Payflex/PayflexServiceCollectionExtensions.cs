using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Payflex;

internal static class PayflexServiceCollectionExtensions
{
    public static IServiceCollection AddPayflex(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PayflexOptions>(configuration.GetSection(PayflexOptions.Section));
        services.AddGatewayHttpClient(PayflexApi.ClientName);
        services.AddSingleton<PayflexTokens>();
        services.AddSingleton<PayflexApi>();
        services.AddSingleton<IPaymentGateway, PayflexGateway>();
        return services;
    }
}
