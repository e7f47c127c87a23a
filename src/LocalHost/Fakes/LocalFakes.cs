using AppointmentBooking.Functions.Infrastructure.Configuration;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using AppointmentBooking.LocalHost.Fakes.Stripe;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>
/// The fakes a person needs to use the local host without the internet: payment simulators standing in
/// for Stripe (unless real Stripe keys are configured) and for PayFast, the demo salon's gateway (unless
/// PayFast's site is configured, e.g. to its real sandbox). Their keys are public on purpose: they only
/// open the simulators; the PayFast one knows PayFast's public sandbox merchant, which the demo salon uses.
/// </summary>
public sealed class LocalFakes : IAsyncDisposable
{
    public const string StripeSecretKey = "sk_test_local_simulator";
    public const string StripeWebhookSecret = "whsec_local_simulator";

    private LocalFakes(IReadOnlyDictionary<string, string?> settings, FakeStripe? stripe, FakePayFast? payFast)
    {
        Settings = settings;
        Stripe = stripe;
        PayFast = payFast;
    }

    /// <summary>Configuration entries that point the app at the fakes.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public FakeStripe? Stripe { get; }

    public FakePayFast? PayFast { get; }

    public static async Task<LocalFakes> StartIfNeededAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new Dictionary<string, string?>();
        if (!configuration.GetValue<bool>("Fakes:Start"))
        {
            return new LocalFakes(settings, null, null);
        }

        FakeStripe? stripe = null;
        if (!SecretSetting.IsConfigured(configuration["Payments:Stripe:SecretKey"]))
        {
            stripe = await FakeServer.StartAsync(
                new FakeStripe(StripeSecretKey, StripeWebhookSecret), configuration.GetValue<int>("Fakes:StripePort"), cancellationToken);
            Console.WriteLine($"Payment simulator (stands in for Stripe) at {stripe.BaseAddress}");
            settings["Payments:Stripe:ApiBase"] = stripe.BaseAddress.ToString();
            settings["Payments:Stripe:SecretKey"] = StripeSecretKey;
            settings["Payments:Stripe:WebhookSecret"] = StripeWebhookSecret;
        }

        FakePayFast? payFast = null;
        if (configuration["Payments:PayFast:SiteBase"] is null)
        {
            payFast = await FakeServer.StartAsync(
                new FakePayFast().WithMerchant(FakePayFast.SandboxMerchantId, FakePayFast.SandboxMerchantKey, FakePayFast.SandboxPassphrase),
                configuration.GetValue<int>("Fakes:PayFastPort"), cancellationToken);
            Console.WriteLine($"Payment simulator (stands in for PayFast) at {payFast.BaseAddress}");
            settings["Payments:PayFast:SiteBase"] = payFast.BaseAddress.ToString();
            settings["Payments:PayFast:ApiBase"] = payFast.BaseAddress.ToString();
        }

        return new LocalFakes(settings, stripe, payFast);
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
    }
}
