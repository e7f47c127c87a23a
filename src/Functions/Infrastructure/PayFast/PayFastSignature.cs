using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// PayFast's three MD5 signatures (lower-case hex), each with the passphrase appended as a last pair:
/// the checkout form's over its non-blank, trimmed fields in the documented field order
/// (https://www.payfast.co.za/documentation/confirm-page/: the order "must mirror" the listed one); an
/// ITN's over the posted fields in the order received, blanks included, up to <c>signature</c>; the REST
/// API's over headers, body and query sorted by name, without <c>testing</c>
/// (https://developers.payfast.co.za/api, "Signature generation"). Checked against PayFast's PHP SDK
/// (Payfast/payfast-php-sdk, lib/Auth.php and lib/PaymentIntegrations/Notification.php) and the support
/// article on mismatches (https://support.payfast.co.za/portal/en/kb/articles/common-causes-of-a-failed-integration-signature-mismatch:
/// trimmed values, upper-case escapes, <c>+</c> for spaces). UNCONFIRMED: how PayFast encodes a
/// passphrase holding <c>/</c> (the SDK encodes it twice); this encodes it once, as WooCommerce's gateway does.
/// </summary>
internal static class PayFastSignature
{
    /// <summary>The checkout form's fields in the order PayFast signs them; fields outside it are not signed.</summary>
    public static readonly IReadOnlyList<string> CheckoutFieldOrder =
    [
        "merchant_id", "merchant_key", "return_url", "cancel_url", "notify_url", "notify_method", "name_first", "name_last",
        "email_address", "cell_number", "m_payment_id", "amount", "item_name", "item_description",
        "custom_int1", "custom_int2", "custom_int3", "custom_int4", "custom_int5",
        "custom_str1", "custom_str2", "custom_str3", "custom_str4", "custom_str5",
        "email_confirmation", "confirmation_address", "currency", "payment_method",
    ];

    public static string Checkout(IReadOnlyDictionary<string, string> fields, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var signed = CheckoutFieldOrder
            .Where(name => fields.TryGetValue(name, out var value) && IsSigned(value.Trim()))
            .Select(name => KeyValuePair.Create(name, fields[name].Trim()));
        return Md5(WithPassphrase(PayFastEncoding.ParameterString(signed), passphrase));
    }

    /// <summary>The fields an ITN signs: all posted before <c>signature</c>, in order, blanks kept; also the validation post-back's body.</summary>
    public static string NotificationParameters(IEnumerable<KeyValuePair<string, string>> posted) =>
        PayFastEncoding.ParameterString(posted.TakeWhile(f => f.Key != "signature"));

    public static string Notification(IEnumerable<KeyValuePair<string, string>> posted, string passphrase) =>
        Md5(WithPassphrase(NotificationParameters(posted), passphrase));

    /// <summary>Headers (<c>merchant-id</c>, <c>version</c>, <c>timestamp</c>), body and query fields, without <c>testing</c>.</summary>
    public static string Api(IEnumerable<KeyValuePair<string, string>> fields, string passphrase)
    {
        var sorted = fields.Append(KeyValuePair.Create("passphrase", passphrase))
            .Where(f => f.Key != "testing" && f.Value.Length > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal);
        return Md5(PayFastEncoding.ParameterString(sorted));
    }

    /// <summary>The SDK skips what PHP calls empty: blank, and also the text <c>"0"</c>.</summary>
    private static bool IsSigned(string value) => value.Length > 0 && value != "0";

    private static string WithPassphrase(string parameters, string passphrase) =>
        passphrase.Trim().Length == 0 ? parameters : $"{parameters}&passphrase={PayFastEncoding.UrlEncode(passphrase.Trim())}";

    private static string Md5(string text) =>
#pragma warning disable CA5351 // PayFast's signature scheme is MD5; the passphrase is its secret.
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
