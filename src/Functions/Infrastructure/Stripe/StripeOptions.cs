namespace AppointmentBooking.Functions.Infrastructure.Stripe;

/// <summary>Settings under <c>Payments:Stripe:</c>; the keys come from Key Vault in Azure.</summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    /// <summary>The secret API key (<c>sk_...</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the webhook endpoint (<c>whsec_...</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API address; tests and the local host point it at a local fake.</summary>
    public Uri ApiBase { get; set; } = new("https://api.stripe.com");
}
