using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The funnel helper; it records whether or not an exporter is configured.</summary>
    public static IServiceCollection AddBookingTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BookingTelemetry>();
        return services;
    }
}
