using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.LocalHost.Fakes.PayFast;

/// <summary>
/// PayFast's MD5 signatures, written from PayFast's documentation separately from the app's adapter so
/// that the fake and the tests check the adapter rather than repeat it
/// (https://www.payfast.co.za/documentation/confirm-page/, https://developers.payfast.co.za/api): values
/// PHP-urlencoded (RFC 3986 escaping with <c>+</c> for spaces and <c>~</c> escaped too), pairs joined with
/// <c>&amp;</c>, the passphrase last, MD5 in lower-case hex.
/// </summary>
public static class PayFastReferenceSignature
{
    /// <summary>PHP's urlencode by way of RFC 3986 escaping, which differs from it only in spaces and tildes.</summary>
    public static string PhpUrlEncode(string value) =>
        Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal).Replace("~", "%7E", StringComparison.Ordinal);

    /// <summary>The pairs as PayFast joins them, with the passphrase when there is one.</summary>
    public static string Joined(IEnumerable<(string Name, string Value)> pairs, string? passphrase)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            text.Append(text.Length == 0 ? string.Empty : "&").Append(name).Append('=').Append(PhpUrlEncode(value));
        }

        if (!string.IsNullOrEmpty(passphrase))
        {
            text.Append("&passphrase=").Append(PhpUrlEncode(passphrase));
        }

        return text.ToString();
    }

    /// <summary>The checkout signature: the form's non-blank fields in PayFast's order.</summary>
    public static string Checkout(IReadOnlyDictionary<string, string> form, IEnumerable<string> fieldOrder, string passphrase) =>
        Md5(Joined(fieldOrder.Where(f => form.ContainsKey(f) && form[f].Trim().Length > 0).Select(f => (f, form[f].Trim())), passphrase));

    /// <summary>An ITN's signature: every field as posted, blanks too.</summary>
    public static string Notification(IEnumerable<(string Name, string Value)> fields, string passphrase) => Md5(Joined(fields, passphrase));

    /// <summary>The API signature: every header, body and query field but <c>testing</c>, sorted by name.</summary>
    public static string Api(IEnumerable<(string Name, string Value)> fields, string passphrase) =>
        Md5(Joined(fields.Where(f => f.Name != "testing").Append((Name: "passphrase", Value: passphrase)).OrderBy(f => f.Name, StringComparer.Ordinal), null));

    public static string Md5(string text)
    {
#pragma warning disable CA5351 // PayFast's scheme.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5351
        return string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
