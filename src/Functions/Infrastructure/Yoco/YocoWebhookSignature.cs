using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Functions.Infrastructure.Gateways;

namespace AppointmentBooking.Functions.Infrastructure.Yoco;

/// <summary>
/// Yoco's webhook signature (https://developer.yoco.com/guides/online-payments/webhooks/verifying-the-events):
/// <c>webhook-signature</c> lists space-separated <c>v1,{base64}</c> entries, each a base64 HMAC-SHA256 of
/// <c>{webhook-id}.{webhook-timestamp}.{raw body}</c> keyed with the base64-decoded secret after its
/// <c>whsec_</c> prefix; <c>webhook-timestamp</c> (Unix seconds) must be within three minutes of now, which
/// also refuses a replay of an old delivery (Yoco signs every retry afresh).
/// </summary>
internal static class YocoWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(3);
    private const string SecretPrefix = "whsec_";

    /// <summary>Null when the delivery is genuine, else why not.</summary>
    public static string? Check(IReadOnlyDictionary<string, string> headers, string body, string secret, DateTimeOffset now)
    {
        if (!headers.TryGetValue(IdHeader, out var id) || !headers.TryGetValue(TimestampHeader, out var timestamp)
            || !headers.TryGetValue(SignatureHeader, out var signatures))
        {
            return "The webhook-id, webhook-timestamp or webhook-signature header is missing.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799))).Duration() > Tolerance)
        {
            return "The webhook timestamp is not within three minutes of now.";
        }

        if (Key(secret) is not { } key)
        {
            return "The tenant's Yoco webhook secret is not a whsec_ secret.";
        }

        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        var matches = signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(',', 2))
            .Any(parts => parts is ["v1", var candidate] && ConstantTime.Equal(candidate, expected));
        return matches ? null : "No v1 signature matches the body.";
    }

    private static byte[]? Key(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        try
        {
            return Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
