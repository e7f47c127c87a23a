using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.LocalHost.Fakes.Paystack;

/// <summary>Signs a webhook body as Paystack does (https://paystack.com/docs/payments/webhooks/): hex HMAC-SHA512 of the raw body with the secret key.</summary>
public static class PaystackReferenceSignature
{
    public const string Header = "x-paystack-signature";

    public static string Sign(string body, string secretKey)
    {
        using var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(secretKey));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
    }
}
