using System.Net;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>
/// An <c>application/x-www-form-urlencoded</c> body read in the order it was sent (signatures over
/// posted fields follow that order; form collections do not promise to keep it).
/// </summary>
internal sealed class FormBody
{
    private FormBody(IReadOnlyList<KeyValuePair<string, string>> fields) => Fields = fields;

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name) is { Key: not null } field ? field.Value : null;

    public static FormBody Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new FormBody([.. body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            return at < 0
                ? KeyValuePair.Create(Decode(pair), string.Empty)
                : KeyValuePair.Create(Decode(pair[..at]), Decode(pair[(at + 1)..]));
        })]);
    }

    /// <summary>Form decoding: <c>+</c> is a space, <c>%XX</c> a UTF-8 byte.</summary>
    private static string Decode(string text) => WebUtility.UrlDecode(text);
}
