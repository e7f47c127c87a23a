using AppointmentBooking.Functions.Infrastructure.Configuration;
using AppointmentBooking.LocalHost.Fakes.Google;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using AppointmentBooking.LocalHost.Fakes.Stripe;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>
/// The fakes a person needs to use the local host without the internet: payment simulators standing in
/// for Stripe (unless real Stripe keys are configured) and for PayFast, the demo salon's gateway (unless
/// PayFast's site is configured, e.g. to its real sandbox), and a Google that approves calendar consent
/// at once (unless a real Google OAuth client is configured). Their keys are public on purpose: they only
/// open the fakes; the PayFast one knows PayFast's public sandbox merchant, which the demo salon uses.
/// </summary>
public sealed class LocalFakes : IAsyncDisposable
{
    public const string StripeSecretKey = "sk_test_local_simulator";
    public const string StripeWebhookSecret = "whsec_local_simulator";
    public const string GoogleClientId = "local-fake-google-client";
    public const string GoogleClientSecret = "local-fake-google-secret";

    private LocalFakes(IReadOnlyDictionary<string, string?> settings, FakeStripe? stripe, FakePayFast? payFast, FakeGoogle? google)
    {
        Settings = settings;
        Stripe = stripe;
        PayFast = payFast;
        Google = google;
    }

    /// <summary>Configuration entries that point the app at the fakes.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public FakeStripe? Stripe { get; }

    public FakePayFast? PayFast { get; }

    public FakeGoogle? Google { get; }

    public static async Task<LocalFakes> StartIfNeededAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new Dictionary<string, string?>();
        if (!configuration.GetValue<bool>("Fakes:Start"))
        {
            return new LocalFakes(settings, null, null, null);
        }

        var stripe = SecretSetting.IsConfigured(configuration["Payments:Stripe:SecretKey"]) ? null : await StartStripeAsync(configuration, settings, cancellationToken);
        var payFast = configuration["Payments:PayFast:SiteBase"] is not null ? null : await StartPayFastAsync(configuration, settings, cancellationToken);
        var google = SecretSetting.IsConfigured(configuration["Google:ClientId"]) ? null : await StartGoogleAsync(configuration, settings, cancellationToken);
        return new LocalFakes(settings, stripe, payFast, google);
    }

    /// <summary>Points the fakes' webhooks at the app, once it listens (PayFast posts to each checkout's own notify_url).</summary>
    public void Notify(Uri app)
    {
        if (Stripe is not null)
        {
            Stripe.WebhookUrl = new Uri(app, "api/webhooks/stripe");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Stripe is not null)
        {
            await Stripe.DisposeAsync();
        }

        if (PayFast is not null)
        {
            await PayFast.DisposeAsync();
        }

        if (Google is not null)
        {
            await Google.DisposeAsync();
        }
    }

    private static async Task<FakeStripe> StartStripeAsync(IConfiguration configuration, Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var stripe = await FakeServer.StartAsync(
            new FakeStripe(StripeSecretKey, StripeWebhookSecret), configuration.GetValue<int>("Fakes:StripePort"), cancellationToken);
        Console.WriteLine($"Payment simulator (stands in for Stripe) at {stripe.BaseAddress}");
        settings["Payments:Stripe:ApiBase"] = stripe.BaseAddress.ToString();
        settings["Payments:Stripe:SecretKey"] = StripeSecretKey;
        settings["Payments:Stripe:WebhookSecret"] = StripeWebhookSecret;
        return stripe;
    }

    private static async Task<FakePayFast> StartPayFastAsync(IConfiguration configuration, Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var payFast = await FakeServer.StartAsync(
            new FakePayFast().WithMerchant(FakePayFast.SandboxMerchantId, FakePayFast.SandboxMerchantKey, FakePayFast.SandboxPassphrase),
            configuration.GetValue<int>("Fakes:PayFastPort"), cancellationToken);
        Console.WriteLine($"Payment simulator (stands in for PayFast) at {payFast.BaseAddress}");
        settings["Payments:PayFast:SiteBase"] = payFast.BaseAddress.ToString();
        settings["Payments:PayFast:ApiBase"] = payFast.BaseAddress.ToString();
        return payFast;
    }

    private static async Task<FakeGoogle> StartGoogleAsync(IConfiguration configuration, Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var google = await FakeServer.StartAsync(new FakeGoogle(GoogleClientId, GoogleClientSecret), configuration.GetValue<int>("Fakes:GooglePort"),
            cancellationToken);
        Console.WriteLine($"Fake Google (calendar consent approves at once, as {google.ConsentAccount}) at {google.BaseAddress}");
        settings["Google:ClientId"] = GoogleClientId;
        settings["Google:ClientSecret"] = GoogleClientSecret;
        settings["Google:AuthorizationEndpoint"] = google.AuthorizationEndpoint.ToString();
        settings["Google:TokenEndpoint"] = google.TokenEndpoint.ToString();
        settings["Google:RevocationEndpoint"] = google.RevocationEndpoint.ToString();
        settings["Google:CalendarApiBase"] = google.CalendarApiBase.ToString();
        return google;
    }
}
