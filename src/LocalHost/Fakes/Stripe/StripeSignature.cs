using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.LocalHost.Fakes.Stripe;

/// <summary>
/// Signs a webhook payload the way Stripe does: <c>t={unix seconds},v1={hex HMAC-SHA256 of "t.payload"}</c>,
/// keyed with the endpoint's whole <c>whsec_...</c> secret (https://docs.stripe.com/webhooks#verify-manually).
/// </summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    public static string Sign(string payload, string secret, long timestamp)
    {
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(signature)}";
    }
}
