using System.Security.Cryptography;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Identity;
using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Google;
using AppointmentBooking.LocalHost.Fakes.Oidc;
using AppointmentBooking.LocalHost.Fakes.OpenAi;
using AppointmentBooking.LocalHost.Fakes.Netcash;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using AppointmentBooking.LocalHost.Fakes.Payflex;
using AppointmentBooking.LocalHost.Fakes.Paystack;
using AppointmentBooking.LocalHost.Fakes.Stripe;
using AppointmentBooking.LocalHost.Fakes.Yoco;
using AppointmentBooking.LocalHost.Identity;
using AppointmentBooking.LocalHost.Fakes.Twilio;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// The app on Kestrel against real emulators, started once for all integration tests. Set
/// TEST_COSMOS_ENDPOINT, TEST_COSMOS_KEY and TEST_STORAGE_CONNECTION_STRING to run the same tests
/// against real Azure resources. Every run gets its own database; every test its own tenant. Bearer
/// tokens come from a fake OIDC provider on loopback and from the development issuer.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string StripeSecretKey = "sk_test_fixture";
    public const string StripeWebhookSecret = "whsec_fixture";
    public const string NetcashVendorKey = "24ade73c-98cf-47b3-99be-cc7b867b3080";
    public const string Audience = "api://appointment-booking-tests";
    public const string DashboardOrigin = "https://dashboard.example.test";
    public const string GoogleClientId = "google-client-fixture";
    public const string GoogleClientSecret = "google-secret-fixture";
    public const string TwilioAccountSid = "AC00000000000000000000000000fixture";
    public const string TwilioAuthToken = "twilio-fixture-token";
    public const string TwilioFrom = "+27870000000";

    private RunningEmulators? emulators;
    private WebApplication? app;
    private Dictionary<string, string?> settings = [];

    public HttpClient Client { get; private set; } = null!;

    public ShiftableClock Clock { get; } = new();

    public CosmosRequestCounter CosmosRequests { get; } = new();

    public CosmosFaultInjector CosmosFaults { get; } = new();

    public QueueOutage QueueOutage { get; } = new();

    public ScriptedCalendar Calendar { get; } = new();

    /// <summary>Google (OAuth and Calendar), as a local fake; the app's Google settings point at it.</summary>
    public FakeGoogle Google { get; private set; } = null!;

    /// <summary>The app's log lines at every level, while a test captures them.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Stripe, as a local fake; the app's Stripe settings point at it.</summary>
    public FakeStripe Stripe { get; private set; } = null!;

    /// <summary>The regional gateways, as local fakes; each test tenant opens its own account at them.</summary>
    public FakePayFast PayFast { get; private set; } = null!;

    public FakeYoco Yoco { get; private set; } = null!;

    public FakePaystack Paystack { get; private set; } = null!;

    public FakeNetcash Netcash { get; private set; } = null!;

    public FakePayflex Payflex { get; private set; } = null!;

    /// <summary>
    /// The app's own address, known before it starts: gateways are given URLs on it. Chosen once the emulators
    /// listen, so the OS cannot hand out one of their ports.
    /// </summary>
    public Uri AppAddress { get; private set; } = null!;

    /// <summary>The model the assistant talks to: scripted per test (the tests of this collection run one at a time).</summary>
    public FakeOpenAi Model { get; private set; } = null!;

    /// <summary>Twilio, as a local fake; the app's Twilio settings point at it.</summary>
    public FakeTwilio Twilio { get; private set; } = null!;

    /// <summary>The mail server the app sends to, read through its REST API.</summary>
    public MailInbox Mail { get; private set; } = null!;

    /// <summary>A tenant's system receiving outgoing webhooks, on loopback (allowed here by Webhooks:AllowPrivateTargets).</summary>
    public WebhookReceiver Webhooks { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public CosmosStore Store => Services.GetRequiredService<CosmosStore>();

    public QueueServiceClient Queues => Services.GetRequiredService<QueueServiceClient>();

    public RunningEmulators? Emulators => emulators;

    public FakeOidcProvider Oidc { get; private set; } = null!;

    public AuthOptions Auth { get; } = new()
    {
        Audience = Audience,
        Development = new DevelopmentIssuerOptions { Issuer = "test-development-issuer", SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
    };

    /// <summary>A development token for <paramref name="subject"/> (a verified e-mail when it looks like one), valid on the fixture's clock.</summary>
    public string Token(string subject) => DevelopmentTokens.Mint(Auth, subject, Clock.GetCurrentInstant());

    public async Task InitializeAsync()
    {
        Model = await FakeServer.StartAsync(new FakeOpenAi());
        Stripe = await FakeServer.StartAsync(new FakeStripe(StripeSecretKey, StripeWebhookSecret, () => Clock.GetCurrentInstant().ToDateTimeOffset()));
        Oidc = await FakeServer.StartAsync(new FakeOidcProvider());
        Twilio = await FakeServer.StartAsync(new FakeTwilio(TwilioAccountSid, TwilioAuthToken));
        Webhooks = await FakeServer.StartAsync(new WebhookReceiver());
        await StartGatewaysAsync();
        Google = await FakeServer.StartAsync(new FakeGoogle(GoogleClientId, GoogleClientSecret, () => Clock.GetCurrentInstant().ToDateTimeOffset()));
        var endpoints = await EndpointsAsync();
        // Chosen once the emulators listen, so the OS cannot hand out one of their ports; Google's consent
        // page sends the browser back to this address, so it is known before the app starts.
        AppAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        settings = new Dictionary<string, string?>(endpoints)
        {
            ["Google:ClientId"] = GoogleClientId,
            ["Google:ClientSecret"] = GoogleClientSecret,
            ["Google:RedirectUri"] = $"{AppAddress}api/calendar/oauth/callback",
            ["Google:AuthorizationEndpoint"] = Google.AuthorizationEndpoint.ToString(),
            ["Google:TokenEndpoint"] = Google.TokenEndpoint.ToString(),
            ["Google:RevocationEndpoint"] = Google.RevocationEndpoint.ToString(),
            ["Google:CalendarApiBase"] = Google.CalendarApiBase.ToString(),
            ["Sms:Twilio:ApiBase"] = Twilio.BaseAddress.ToString(),
            ["Sms:Twilio:AccountSid"] = TwilioAccountSid,
            ["Sms:Twilio:AuthToken"] = TwilioAuthToken,
            ["Sms:Twilio:From"] = TwilioFrom,
            ["Payments:ReturnBaseUrl"] = AppAddress.ToString(),
            ["Payments:WebhookBaseUrl"] = AppAddress.ToString(),
            ["Payments:PayFast:SiteBase"] = PayFast.BaseAddress.ToString(),
            ["Payments:PayFast:ApiBase"] = PayFast.BaseAddress.ToString(),
            // ITNs come from loopback here; the source check has its own tests.
            ["Payments:PayFast:CheckSourceAddress"] = "false",
            ["Payments:Yoco:ApiBase"] = Yoco.BaseAddress.ToString(),
            ["Payments:Paystack:ApiBase"] = Paystack.BaseAddress.ToString(),
            ["Payments:Netcash:PayNowUrl"] = new Uri(Netcash.BaseAddress, "site/paynow.aspx").ToString(),
            ["Payments:Netcash:ServicesBase"] = Netcash.BaseAddress.ToString(),
            ["Payments:Netcash:SoftwareVendorKey"] = NetcashVendorKey,
            ["Payments:Payflex:AuthUrl"] = new Uri(Payflex.BaseAddress, "auth/merchant").ToString(),
            ["Payments:Payflex:ApiBase"] = Payflex.BaseAddress.ToString(),
            ["Payments:Stripe:ApiBase"] = Stripe.BaseAddress.ToString(),
            ["Payments:Stripe:SecretKey"] = StripeSecretKey,
            ["Payments:Stripe:WebhookSecret"] = StripeWebhookSecret,
            ["Saga:FirstRetrySeconds"] = "0.2",
            ["Webhooks:FirstRetrySeconds"] = "0.2",
            ["Webhooks:AllowPrivateTargets"] = "true",
            ["Dashboard:PollMilliseconds"] = "200",
            ["Saga:MaxAttempts"] = "4",
            ["AzureOpenAI:Endpoint"] = Model.BaseAddress.ToString(),
            ["AzureOpenAI:Deployment"] = FakeOpenAi.Deployment,
            ["AzureOpenAI:Key"] = FakeOpenAi.ApiKey,
            ["Auth:Issuer"] = Oidc.Issuer,
            ["Auth:Audience"] = Auth.Audience,
            ["Auth:Development:Issuer"] = Auth.Development.Issuer,
            ["Auth:Development:SigningKey"] = Auth.Development.SigningKey,
            ["Cors:AllowedOrigins"] = DashboardOrigin,
            ["Urls"] = AppAddress.ToString().TrimEnd('/'),
            ["Cosmos:Database"] = $"test-{Guid.NewGuid():N}",
            ["Cosmos:CreateIfMissing"] = "true",
            ["Seed:DemoTenant"] = "false",
            // Every test calls from one loopback address, some 200 times at once.
            ["RateLimits:PermitsPerMinute"] = "10000000",
            ["RateLimits:ClientPermitsPerMinute"] = "10000000",
            ["RateLimits:GlobalPermitsPerSecond"] = "10000000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests run the reminder timer themselves, at the moments they choose (the app's clock is moved for
            // them); the local host's own run, once a day, finds nothing more to send.
            ["Reminders:Schedule"] = "0 0 0 * * *",
        };
        app = LocalApp.Build([], settings, services =>
        {
            services.AddSingleton<NodaTime.IClock>(Clock);
            services.AddSingleton<Microsoft.Azure.Cosmos.RequestHandler>(CosmosRequests);
            services.AddSingleton<Microsoft.Azure.Cosmos.RequestHandler>(CosmosFaults);
            WrapPublisher(services);
            services.AddSingleton<Domain.Bookings.ICalendarSync>(sp => Calendar.Over(
                ActivatorUtilities.CreateInstance<Functions.Application.Calendar.StaffCalendars>(sp)));
            services.AddSingleton<ILoggerProvider>(Logs);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(nameof(CapturedLogs), null, LogLevel.Trace, null)));
        });
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = app.BaseAddress() };
        Stripe.WebhookUrl = new Uri(app.BaseAddress(), "api/webhooks/stripe");
    }

    /// <summary>Starts a second app on this fixture's emulators and database, with some settings changed.</summary>
    public async Task<WebApplication> StartAnotherAppAsync(IReadOnlyDictionary<string, string?> overrides)
    {
        var changed = new Dictionary<string, string?>(settings)
        {
            // The fixture's own app holds AppAddress; another one listens wherever the OS says.
            ["Urls"] = "http://127.0.0.1:0",
            ["Cosmos:CreateIfMissing"] = "false",
            ["Logging:LogLevel:Default"] = "None",
        };
        foreach (var (key, value) in overrides)
        {
            changed[key] = value;
        }

        var other = LocalApp.Build([], changed);
        try
        {
            await other.StartAsync();
            return other;
        }
        catch
        {
            // A half-started app would go on taking the shared queues' messages.
            await other.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await DeleteDatabaseAsync();
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (emulators is not null)
        {
            await emulators.DisposeAsync();
        }

        await Stripe.DisposeAsync();
        await PayFast.DisposeAsync();
        await Yoco.DisposeAsync();
        await Paystack.DisposeAsync();
        await Netcash.DisposeAsync();
        await Payflex.DisposeAsync();
        await Model.DisposeAsync();
        await Oidc.DisposeAsync();
        await Google.DisposeAsync();
        await Twilio.DisposeAsync();
        await Webhooks.DisposeAsync();
    }

    private async Task StartGatewaysAsync()
    {
        var clock = () => Clock.GetCurrentInstant().ToDateTimeOffset();
        PayFast = await FakeServer.StartAsync(new FakePayFast());
        Yoco = await FakeServer.StartAsync(new FakeYoco(clock));
        Paystack = await FakeServer.StartAsync(new FakePaystack());
        Netcash = await FakeServer.StartAsync(new FakeNetcash());
        Payflex = await FakeServer.StartAsync(new FakePayflex());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WrapPublisher(IServiceCollection services)
    {
        var publisher = services.Single(d => d.ServiceType == typeof(IMessagePublisher));
        services.Remove(publisher);
        services.AddSingleton(sp => QueueOutage.Wrap((IMessagePublisher)ActivatorUtilities.CreateInstance(sp, publisher.ImplementationType!)));
    }

    /// <summary>The emulators always run: against real Azure resources they still provide the mail server.</summary>
    private async Task<IReadOnlyDictionary<string, string?>> EndpointsAsync()
    {
        emulators = await RunningEmulators.StartAsync(EmulatorPorts.Free(), CancellationToken.None);
        Mail = new MailInbox(emulators.Endpoints.MailWebUi);
        var endpoints = new Dictionary<string, string?>(emulators.Endpoints.ToConfiguration());
        var cosmos = Environment.GetEnvironmentVariable("TEST_COSMOS_ENDPOINT");
        var storage = Environment.GetEnvironmentVariable("TEST_STORAGE_CONNECTION_STRING");
        if (!string.IsNullOrEmpty(cosmos) && !string.IsNullOrEmpty(storage))
        {
            endpoints["Cosmos:Endpoint"] = cosmos;
            endpoints["Cosmos:Key"] = Environment.GetEnvironmentVariable("TEST_COSMOS_KEY");
            endpoints["Storage:ConnectionString"] = storage;
        }

        return endpoints;
    }

    private async Task DeleteDatabaseAsync()
    {
        try
        {
            await Store.Container.Database.DeleteAsync();
        }
        catch (Microsoft.Azure.Cosmos.CosmosException)
        {
            // Best effort: an emulator forgets everything anyway when it stops.
        }
    }
}
