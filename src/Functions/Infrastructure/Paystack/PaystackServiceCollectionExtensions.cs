using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Paystack;

internal static class PaystackServiceCollectionExtensions
{
    public static IServiceCollection AddPaystack(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaystackOptions>(configuration.GetSection(PaystackOptions.Section));
        services.AddGatewayHttpClient(PaystackApi.ClientName);
        services.AddSingleton<PaystackApi>();
        services.AddSingleton<IPaymentGateway, PaystackGateway>();
        return services;
    }
}
