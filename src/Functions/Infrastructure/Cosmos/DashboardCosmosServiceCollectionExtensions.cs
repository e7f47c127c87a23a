using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

internal static class DashboardCosmosServiceCollectionExtensions
{
    /// <summary>The stores behind the dashboard, products and webhooks: events and their feed, figures, products, endpoints, deliveries.</summary>
    public static IServiceCollection AddCosmosDashboard(this IServiceCollection services)
    {
        services.AddSingleton<IBookingEventLog, CosmosBookingEventLog>();
        services.AddSingleton<IBookingEventFeed, CosmosBookingEventFeed>();
        services.AddSingleton<IDashboardFacts, CosmosDashboardFacts>();
        services.AddSingleton<ISlotViewCounts, CosmosSlotViewCounts>();
        services.AddSingleton<IWebhookDeliveries, CosmosWebhookDeliveries>();
        services.AddSingleton<ITenantResources<Product>>(sp => new CosmosTenantResources<Product, ProductDocument>(
            sp.GetRequiredService<CosmosStore>(), DocumentTypes.Product, "c.name", ProductMapper.ToDomain, ProductMapper.ToDocument));
        services.AddSingleton<ITenantResources<WebhookEndpoint>>(sp => new CosmosTenantResources<WebhookEndpoint, WebhookEndpointDocument>(
            sp.GetRequiredService<CosmosStore>(), DocumentTypes.WebhookEndpoint, "c.createdAt", WebhookEndpointMapper.ToDomain, WebhookEndpointMapper.ToDocument));
        return services;
    }
}
