using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.LocalHost.Fakes.Yoco;

/// <summary>
/// Signs a webhook as Yoco does (https://developer.yoco.com/guides/online-payments/webhooks/verifying-the-events),
/// written apart from the app's adapter: the <c>whsec_</c> secret's base64 remainder is the HMAC-SHA256 key
/// over <c>{id}.{timestamp}.{body}</c>, sent as <c>v1,{base64}</c> with the id and Unix-seconds timestamp.
/// </summary>
public static class YocoReferenceSignature
{
    public static IReadOnlyDictionary<string, string> Headers(string id, long timestamp, string body, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var text = string.Join('.', id, timestamp.ToString(CultureInfo.InvariantCulture), body);
        using var hmac = new HMACSHA256(key);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
        return new Dictionary<string, string>
        {
            ["webhook-id"] = id,
            ["webhook-timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["webhook-signature"] = "v1," + signature,
        };
    }

    /// <summary>A fresh <c>whsec_</c> secret, as Yoco hands out when a webhook is registered.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
}
