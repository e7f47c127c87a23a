using AppointmentBooking.Domain.Bookings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application.Calendar;

internal static class CalendarServiceCollectionExtensions
{
    /// <summary>Staff calendars: connecting them, pushing bookings to them, and their busy time in the slot search.</summary>
    public static IServiceCollection AddStaffCalendars(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton<CalendarOwnerNotice>();
        services.AddSingleton<CalendarAccess>();
        services.AddSingleton<CalendarBusyTime>();
        services.AddSingleton<ICalendarSync, StaffCalendars>();
        services.AddSingleton<StartCalendarConsent>();
        services.AddSingleton<CompleteCalendarConsent>();
        services.AddSingleton<DisconnectStaffCalendar>();
        services.AddSingleton<FollowBookingInCalendar>();
        return services;
    }
}
