using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Application.Products;
using AppointmentBooking.Functions.Application.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// The use cases behind the dashboard: booking events (announced from every stored booking change),
    /// the live stream, the figures, slot-view counts, products and outgoing webhooks.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.Configure<AnalyticsOptions>(configuration.GetSection(AnalyticsOptions.Section));
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<StreamTokens>();
        services.AddSingleton<StreamGate>();
        services.AddSingleton<LiveEvents>();
        services.AddSingleton<ComputeDashboard>();
        services.AddSingleton<SlotViewCounter>();
        services.AddHostedService<SlotViewFlusher>();
        services.AddSingleton<RecordBookingEvent>();
        services.AddSingleton<DepositEvents>();
        services.AddSingleton<ProductStock>();
        services.AddSingleton(ProductEdits.Kind);
        services.AddSingleton<ProductEdits>();
        services.AddSingleton(WebhookEndpointEdits.Kind);
        services.AddSingleton<WebhookEndpointEdits>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<DeliverWebhook>();
        services.AddSingleton<DisableWebhookEndpoint>();
        return services.AnnounceBookingChanges();
    }

    /// <summary>Every use case writes appointments through EventRaisingAppointments, wrapped around the store's adapter.</summary>
    private static IServiceCollection AnnounceBookingChanges(this IServiceCollection services)
    {
        var store = services.Last(d => d.ServiceType == typeof(IAppointmentRepository));
        services.Remove(store);
        services.AddSingleton<IAppointmentRepository>(sp => new EventRaisingAppointments(
            (IAppointmentRepository)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
            sp.GetRequiredService<IClock>()));
        return services;
    }
}
