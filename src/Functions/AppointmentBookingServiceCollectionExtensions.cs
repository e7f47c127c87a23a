using AppointmentBooking.Functions.Application;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Http.Assistant;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using AppointmentBooking.Functions.Infrastructure.Google;
using AppointmentBooking.Functions.Infrastructure.Health;
using AppointmentBooking.Functions.Infrastructure.Identity;
using AppointmentBooking.Functions.Infrastructure.OpenAI;
using AppointmentBooking.Functions.Infrastructure.Smtp;
using AppointmentBooking.Functions.Infrastructure.Sms;
using AppointmentBooking.Functions.Infrastructure.Storage;
using AppointmentBooking.Functions.Infrastructure.Stripe;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using AppointmentBooking.Functions.Infrastructure.Webhooks;
using AppointmentBooking.Functions.Saga;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions;

/// <summary>The app's composition root, shared by the Functions host and the local host: one line per layer.</summary>
public static class AppointmentBookingServiceCollectionExtensions
{
    public static IServiceCollection AddAppointmentBooking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(NodaTime.SystemClock.Instance as NodaTime.IClock);
        services.AddCosmos(configuration);
        services.AddStorageQueues(configuration);
        services.AddStripe(configuration);
        services.AddRegionalGateways(configuration);
        services.AddGoogleCalendar(configuration);
        services.AddStaffCalendars(configuration);
        services.AddIdentityVerification(configuration);
        services.AddSmtp(configuration);
        services.AddSms(configuration);
        services.AddApplication(configuration);
        services.AddManagement();
        services.AddNotifications(configuration);
        services.AddHttp(configuration);
        services.AddBookingSaga(configuration);
        services.AddAzureOpenAI(configuration);
        services.AddAssistant(configuration);
        services.AddAssistantTools();
        services.AddCosmosDashboard();
        services.AddWebhookSender(configuration);
        services.AddDashboard(configuration);
        services.AddSingleton<HealthCheck>();
        services.AddBookingTelemetry();
        return services;
    }
}
