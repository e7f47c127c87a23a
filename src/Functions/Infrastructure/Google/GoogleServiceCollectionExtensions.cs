using AppointmentBooking.Domain.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Google;

internal static class GoogleServiceCollectionExtensions
{
    /// <summary>Google as the staff calendars' provider: its OAuth flow and a pooled, typed client of the Calendar API.</summary>
    public static IServiceCollection AddGoogleCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GoogleOptions>(configuration.GetSection(GoogleOptions.Section));
        services.AddSingleton<ICalendarAuthorization, GoogleCalendarAuthorization>();
        services.AddHttpClient(nameof(GoogleCalendarEvents), (sp, client) =>
        {
            var apiBase = sp.GetRequiredService<IOptions<GoogleOptions>>().Value.CalendarApiBase.ToString();
            client.BaseAddress = new Uri(apiBase.EndsWith('/') ? apiBase : apiBase + "/");
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<ICalendarEvents, GoogleCalendarEvents>();
        return services;
    }
}
