using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Cors;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Http;

internal static class HttpServiceCollectionExtensions
{
    /// <summary>What the HTTP functions share: rate limits, CORS, the tenant route and the management gate.</summary>
    public static IServiceCollection AddHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<CorsOptions>(configuration.GetSection(CorsOptions.Section));
        services.AddSingleton<ClientRateLimiter>();
        services.AddSingleton<CorsPolicy>();
        services.AddSingleton<TenantRoute>();
        services.AddSingleton<Managers>();
        services.AddSingleton<Manage.OpenStreams>();
        return services;
    }
}
