using AppointmentBooking.Functions.Infrastructure.Configuration;
using AppointmentBooking.LocalHost.Fakes.Stripe;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>
/// The fakes a person needs to use the local host without the internet: a payment simulator standing
/// in for Stripe, unless real Stripe keys are configured. Its keys are public on purpose: they only
/// open the simulator.
/// </summary>
public sealed class LocalFakes : IAsyncDisposable
{
    public const string StripeSecretKey = "sk_test_local_simulator";
    public const string StripeWebhookSecret = "whsec_local_simulator";

    private LocalFakes(IReadOnlyDictionary<string, string?> settings, FakeStripe? stripe)
    {
        Settings = settings;
        Stripe = stripe;
    }

    /// <summary>Configuration entries that point the app at the fakes.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public FakeStripe? Stripe { get; }

    public static async Task<LocalFakes> StartIfNeededAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue<bool>("Fakes:Start") || SecretSetting.IsConfigured(configuration["Payments:Stripe:SecretKey"]))
        {
            return new LocalFakes(new Dictionary<string, string?>(), null);
        }

        var stripe = await FakeServer.StartAsync(
            new FakeStripe(StripeSecretKey, StripeWebhookSecret), configuration.GetValue<int>("Fakes:StripePort"), cancellationToken);
        Console.WriteLine($"Payment simulator (stands in for Stripe) at {stripe.BaseAddress}");
        return new LocalFakes(
            new Dictionary<string, string?>
            {
                ["Payments:Stripe:ApiBase"] = stripe.BaseAddress.ToString(),
                ["Payments:Stripe:SecretKey"] = StripeSecretKey,
                ["Payments:Stripe:WebhookSecret"] = StripeWebhookSecret,
            },
            stripe);
    }

    /// <summary>Points the fakes' webhooks at the app, once it listens.</summary>
    public void Notify(Uri app)
    {
        if (Stripe is not null)
        {
            Stripe.WebhookUrl = new Uri(app, "api/webhooks/stripe");
        }
    }

    public ValueTask DisposeAsync() => Stripe?.DisposeAsync() ?? ValueTask.CompletedTask;
}
