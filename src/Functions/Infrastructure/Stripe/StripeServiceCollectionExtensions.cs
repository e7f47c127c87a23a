using AppointmentBooking.Domain.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Stripe;

internal static class StripeServiceCollectionExtensions
{
    /// <summary>Stripe as a payment gateway, on a pooled HttpClient from the factory.</summary>
    public static IServiceCollection AddStripe(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StripeOptions>(configuration.GetSection(StripeOptions.Section));
        services.AddHttpClient(nameof(StripeGateway));
        services.AddSingleton<IPaymentGateway, StripeGateway>();
        return services;
    }
}
