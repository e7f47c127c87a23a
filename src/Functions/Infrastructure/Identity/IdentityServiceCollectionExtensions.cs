using AppointmentBooking.Domain.Members;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Identity;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>Bearer-token verification for the management API, with the issuers from <c>Auth:</c>.</summary>
    public static IServiceCollection AddIdentityVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddHttpClient(nameof(OidcIssuer), client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<IIdentityVerifier>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AuthOptions>>().Value;
            var clock = sp.GetRequiredService<IClock>();
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(OidcIssuer));
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<OidcIssuer>();
            var issuers = options.OidcIssuers().Select(TrustedIssuer (issuer) => new OidcIssuer(issuer, http, clock, logger)).ToList();
            if (options.Development.IsEnabled)
            {
                issuers.Add(new DevelopmentIssuer(options.Development));
            }

            return new JwtIdentityVerifier(issuers, options.Audience, clock);
        });
        return services;
    }
}
