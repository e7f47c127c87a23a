using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Configuration;

namespace AppointmentBooking.LocalHost.Fakes.Sms;

internal static class LocalSmsServiceCollectionExtensions
{
    /// <summary>Without Twilio settings, the local host shows text messages on its console instead of leaving them unsent.</summary>
    public static IServiceCollection AddLocalSms(this IServiceCollection services, IConfiguration configuration)
    {
        if (SecretSetting.IsConfigured(configuration["Sms:Twilio:AuthToken"]))
        {
            return services;
        }

        services.AddSingleton<RecordingSmsProvider>();
        return services.AddSingleton<ISmsProvider>(sp => sp.GetRequiredService<RecordingSmsProvider>());
    }
}
