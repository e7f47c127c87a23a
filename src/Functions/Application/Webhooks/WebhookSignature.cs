using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// How deliveries are signed (the scheme the README documents, after Stripe's): the header
/// <c>Webhook-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where the hex is HMAC-SHA256 with the
/// endpoint's secret over <c>&lt;t&gt;.&lt;raw body&gt;</c>. The timestamp lets receivers refuse replays;
/// signing body and time together stops either being swapped.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Webhook-Signature";
    public const string IdHeader = "Webhook-Id";
    public const string EventHeader = "Webhook-Event";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}
