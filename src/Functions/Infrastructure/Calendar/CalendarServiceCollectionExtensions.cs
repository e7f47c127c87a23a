using AppointmentBooking.Domain.Bookings;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Calendar;

internal static class CalendarServiceCollectionExtensions
{
    /// <summary>The staff calendars bookings are pushed to.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services.AddSingleton<ICalendarSync, NoCalendarConnections>();
}
