using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Functions.Infrastructure.Gateways;

namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>
/// Paystack's webhook signature (https://paystack.com/docs/payments/webhooks/, "Verify event origin";
/// PaystackOSS/doc-code-snippets): <c>x-paystack-signature</c> is the lower-case hex HMAC-SHA512 of the
/// raw body — its exact bytes, never a re-serialisation — keyed with the account's secret key.
/// </summary>
internal static class PaystackSignature
{
    public const string Header = "x-paystack-signature";

    public static bool IsValid(IReadOnlyDictionary<string, string> headers, string body, string secretKey) =>
        headers.TryGetValue(Header, out var signature)
        && ConstantTime.Equal(signature.ToLowerInvariant(),
            Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(body))));
}
