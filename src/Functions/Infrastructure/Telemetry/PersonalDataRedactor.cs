using System.Text.RegularExpressions;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>
/// Masks email addresses, phone numbers and credentials (access tokens, OAuth codes, signatures in
/// URLs and headers) before text reaches telemetry, which is kept longer and read by more people than
/// the booking data itself. Identifiers, GUIDs, ISO dates and amounts stay.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Secret = "[redacted]";

    private static readonly string[] SecretKeyParts = ["token", "authorization", "secret", "password", "signature", "cookie"];

    public static string Redact(string text) =>
        PersonalData().Replace(text, match => match.Groups["secret"].Success ? match.Groups["name"].Value + Secret
            : match.Groups["email"].Success ? Email
            : match.Groups["phone"].Success ? Phone
            : match.Value);

    /// <summary>Numbers and booleans pass as they are; anything else is redacted as text.</summary>
    public static object? RedactValue(object? value) => value switch
    {
        null or bool or int or long or short or byte or double or float or decimal => value,
        string text => Redact(text),
        _ => Redact(value.ToString() ?? string.Empty),
    };

    /// <summary>A value under a key that names a credential (a token header, a signature) is masked whole.</summary>
    public static KeyValuePair<string, object?> Redact(KeyValuePair<string, object?> pair) =>
        new(pair.Key, pair.Value is not null && NamesSecret(pair.Key) ? Secret : RedactValue(pair.Value));

    private static bool NamesSecret(string key) =>
        SecretKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase));

    // Credentials come first: a query parameter or header whose name says it carries one keeps its
    // name and loses its value. GUIDs and ISO dates/times are matched next and kept, so their digit
    // runs never read as phones. A phone is 9+ digits, optionally after + or (, with up to two
    // separators between digits.
    [GeneratedRegex("""
        (?<secret>(?<name>(?<=[?&;\s,]|^)(?i:token|access_token|id_token|refresh_token|code|state|client_secret|signature|sig)=
                          |(?i:booking-access-token|authorization|x-paystack-signature|stripe-signature|webhook-signature)\s*[:=]\s*(?i:bearer\s+)?)
                  [^&\#\s"',;]+)
        |(?<keep>\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b
               |\b\d{4}-\d{2}-\d{2}(?:[T\x20]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)
        |(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})
        |(?<phone>(?<![\w+])(?:\+|\(\s*)?\d(?:[\s().-]{0,2}\d){8,}(?!\w))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();
}
