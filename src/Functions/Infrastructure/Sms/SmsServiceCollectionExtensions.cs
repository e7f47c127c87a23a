using AppointmentBooking.Domain.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Infrastructure.Sms;

internal static class SmsServiceCollectionExtensions
{
    /// <summary>Text messages as a notification channel, through Twilio on a pooled HttpClient pointed at the configured base.</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TwilioOptions>(configuration.GetSection(TwilioOptions.Section));
        services.AddTransient<TwilioApiBaseHandler>();
        services.AddHttpClient(nameof(TwilioSmsProvider)).AddHttpMessageHandler<TwilioApiBaseHandler>();
        services.AddSingleton<ISmsProvider, TwilioSmsProvider>();
        services.AddSingleton<INotificationChannel, SmsChannel>();
        return services;
    }
}
