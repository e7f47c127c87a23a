using AppointmentBooking.Functions.Infrastructure.Netcash;
using AppointmentBooking.Functions.Infrastructure.PayFast;
using AppointmentBooking.Functions.Infrastructure.Payflex;
using AppointmentBooking.Functions.Infrastructure.Paystack;
using AppointmentBooking.Functions.Infrastructure.Yoco;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

internal static class RegionalGatewaysServiceCollectionExtensions
{
    /// <summary>The South African gateways, each on the tenant's own credentials.</summary>
    public static IServiceCollection AddRegionalGateways(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GatewayTenants>();
        return services.AddPayFast(configuration).AddYoco(configuration).AddPaystack(configuration).AddNetcash(configuration).AddPayflex(configuration);
    }
}
