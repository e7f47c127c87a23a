using AppointmentBooking.Domain.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    /// <summary>Posting webhook deliveries and checking their targets.</summary>
    public static IServiceCollection AddWebhookSender(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookTargetOptions>(configuration.GetSection(WebhookTargetOptions.Section));
        services.AddSingleton<IWebhookTargets, DnsWebhookTargets>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        return services;
    }
}
