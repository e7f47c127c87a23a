using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Google;
using AppointmentBooking.LocalHost.Fakes.Oidc;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AppointmentBooking.Web.Tests.Fixtures;

/// <summary>
/// The product as a person meets it on the local host: the app with its sites, emulators, the PayFast
/// simulator the seeded demo salon pays through (with PayFast's sandbox merchant), the fake Google that
/// staff connect their calendars to, and a headless Chromium to click through it.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private RunningEmulators? emulators;
    private WebApplication? app;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public FakePayFast PayFast { get; private set; } = null!;

    /// <summary>The OpenID Connect provider the app trusts (Auth:Issuer), as the dashboard signs in with it in Azure.</summary>
    public FakeOidcProvider Oidc { get; private set; } = null!;

    /// <summary>Google's consent and Calendar API as the local host fakes them: consent approves at once.</summary>
    public FakeGoogle Google { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    internal Accessibility Accessibility { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    /// <summary>The app's clock; a test that moves it puts it back when it ends.</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>Where screenshots of every screen go: test artifacts, kept after the run.</summary>
    public string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        var chromium = Chromium.LocateOrInstallAsync();
        emulators = await RunningEmulators.StartAsync(EmulatorPorts.Free(), CancellationToken.None);
        PayFast = await FakeServer.StartAsync(
            new FakePayFast().WithMerchant(FakePayFast.SandboxMerchantId, FakePayFast.SandboxMerchantKey, FakePayFast.SandboxPassphrase));
        Oidc = await FakeServer.StartAsync(new FakeOidcProvider(Clock));
        Google = await FakeServer.StartAsync(new FakeGoogle(LocalFakes.GoogleClientId, LocalFakes.GoogleClientSecret));
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        app = LocalApp.Build([], Settings(), services => services.AddSingleton<NodaTime.IClock>(Clock));
        await app.StartAsync();
        Api = new HttpClient { BaseAddress = BaseAddress };
        Accessibility = await Accessibility.LoadAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = await chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <param name="locale">The browser's language, which sets how times read (en-GB: 24-hour); the browser's own when absent.</param>
    public async Task<IPage> NewPageAsync(int width = 1024, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = locale });
        return await context.NewPageAsync();
    }

    /// <summary>Saves the page as it is now and fails on any serious or critical accessibility violation.</summary>
    public async Task CheckScreenAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    /// <summary>Signs a new business up through the API with <paramref name="bearerToken"/>, as its owner would; answers its id.</summary>
    public async Task<string> SignUpBusinessAsync(string name, string slugPrefix, string bearerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants")
        {
            Content = JsonContent.Create(new { name, slug = $"{slugPrefix}-{Guid.NewGuid():N}"[..20], timeZone = "Africa/Johannesburg", currency = "ZAR" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        var response = await Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Api?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await PayFast.DisposeAsync();
        await Oidc.DisposeAsync();
        await Google.DisposeAsync();
        if (emulators is not null)
        {
            await emulators.DisposeAsync();
        }
    }

    private Dictionary<string, string?> Settings() => new(emulators!.Endpoints.ToConfiguration())
    {
        ["Urls"] = BaseAddress.ToString().TrimEnd('/'),
        ["Cosmos:Database"] = $"web-{Guid.NewGuid():N}",
        ["Cosmos:CreateIfMissing"] = "true",
        ["Seed:DemoTenant"] = "true",
        ["Payments:ReturnBaseUrl"] = BaseAddress.ToString(),
        ["Payments:WebhookBaseUrl"] = BaseAddress.ToString(),
        ["Payments:PayFast:SiteBase"] = PayFast.BaseAddress.ToString(),
        ["Payments:PayFast:ApiBase"] = PayFast.BaseAddress.ToString(),
        // The simulator posts its ITNs from loopback.
        ["Payments:PayFast:CheckSourceAddress"] = "false",
        ["Auth:Issuer"] = Oidc.Issuer,
        ["Google:ClientId"] = LocalFakes.GoogleClientId,
        ["Google:ClientSecret"] = LocalFakes.GoogleClientSecret,
        ["Google:RedirectUri"] = new Uri(BaseAddress, "api/calendar/oauth/callback").ToString(),
        ["Google:AuthorizationEndpoint"] = Google.AuthorizationEndpoint.ToString(),
        ["Google:TokenEndpoint"] = Google.TokenEndpoint.ToString(),
        ["Google:RevocationEndpoint"] = Google.RevocationEndpoint.ToString(),
        ["Google:CalendarApiBase"] = Google.CalendarApiBase.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
