using AppointmentBooking.Domain.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Smtp;

internal static class SmtpServiceCollectionExtensions
{
    /// <summary>E-mail as a notification channel, over the SMTP relay in the settings.</summary>
    public static IServiceCollection AddSmtp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<InviteWriter>();
        services.AddSingleton<INotificationChannel, SmtpEmailChannel>();
        return services;
    }
}
