using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application;

internal static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddBookings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessTokenOptions>(configuration.GetSection(AccessTokenOptions.Section));
        services.AddSingleton<AccessTokens>();
        services.Configure<Http.RateLimiting.RateLimitOptions>(configuration.GetSection(Http.RateLimiting.RateLimitOptions.Section));
        services.AddSingleton<Http.RateLimiting.ClientRateLimiter>();
        services.AddSingleton<Http.TenantRoute>();
        services.AddSingleton<Queues.QueueSender>();
        services.AddSingleton<TenantCatalog>();
        services.AddSingleton<LedgerStore>();
        services.AddSingleton<OccupancyResolver>();
        services.AddSingleton<AvailabilityService>();
        services.AddSingleton<SlotClaimer>();
        services.AddSingleton<AlternativeSlots>();
        services.AddSingleton<BookingAccess>();
        services.AddSingleton<CreateBooking>();
        services.AddSingleton<CancelBooking>();
        services.AddSingleton<RescheduleBooking>();
        return services;
    }
}
