using System.Text;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// PHP's <c>urlencode</c>, which every PayFast signature is built with: UTF-8 bytes; letters, digits,
/// <c>-</c>, <c>_</c> and <c>.</c> kept; a space as <c>+</c>; every other byte as <c>%XX</c> in upper case.
/// Neither WebUtility.UrlEncode (keeps <c>!*()</c>) nor Uri.EscapeDataString (<c>%20</c>, keeps <c>~</c>) matches it.
/// </summary>
internal static class PayFastEncoding
{
    public static string UrlEncode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var encoded = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.')
            {
                encoded.Append((char)b);
            }
            else if (b == (byte)' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary><c>name=urlencode(value)</c> pairs joined with <c>&amp;</c>.</summary>
    public static string ParameterString(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => $"{f.Key}={UrlEncode(f.Value)}"));
}
