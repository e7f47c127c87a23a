using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application.Notifications;

internal static class NotificationServiceCollectionExtensions
{
    /// <summary>Sending notifications, reminders and the tenant's notification settings; the channels come from their adapters (AddSmtp, AddSms).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton<TemplateValues>();
        services.AddSingleton<StaffNoticeComposer>();
        services.AddSingleton<NotificationComposer>();
        services.AddSingleton<SendNotification>();
        services.AddSingleton<QueueReminderScans>();
        services.AddSingleton<ScanReminders>();
        services.AddSingleton<OptOutOfReminders>();
        services.AddSingleton<NotificationSettingsEdits>();
        return services;
    }
}
