using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Http;

internal static class HttpServiceCollectionExtensions
{
    /// <summary>What the HTTP functions share: rate limits and the tenant route.</summary>
    public static IServiceCollection AddHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<ClientRateLimiter>();
        services.AddSingleton<TenantRoute>();
        return services;
    }
}
