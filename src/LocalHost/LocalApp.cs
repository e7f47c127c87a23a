using AppointmentBooking.Functions;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.LocalHost.Fakes.Sms;
using AppointmentBooking.LocalHost.Queues;
using AppointmentBooking.LocalHost.Routing;
using AppointmentBooking.LocalHost.Saga;
using AppointmentBooking.LocalHost.Seeding;
using AppointmentBooking.LocalHost.Timers;

namespace AppointmentBooking.LocalHost;

/// <summary>
/// Builds the local host: the Functions app's own composition root and function classes, served by
/// Kestrel. Tests build it the same way with their own settings.
/// </summary>
public static class LocalApp
{
    /// <param name="configureServices">Lets tests add to the app's own registrations (a clock, a request counter).</param>
    public static WebApplication Build(
        string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        // Not a top-level "Urls" in appsettings.json: the in-process Durable host reads that file too and would take the port.
        if (builder.Configuration["Urls"] is null && builder.Configuration["LocalHost:Urls"] is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Services.AddAppointmentBooking(builder.Configuration);
        builder.Services.AddLocalSms(builder.Configuration);
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<QueueTriggerPoller>(sp, typeof(Health).Assembly));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddInProcessSagas();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<TimerTriggerScheduler>(sp, typeof(Health).Assembly));
        configureServices?.Invoke(builder.Services);
        if (builder.Configuration.GetValue<bool>("Seed:DemoTenant"))
        {
            builder.Services.AddHostedService<DemoTenantSeeder>();
        }

        var app = builder.Build();
        app.MapHttpFunctions(typeof(Health).Assembly);
        app.MapStaticSites();
        return app;
    }
}
