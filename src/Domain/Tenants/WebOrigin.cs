using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// A browser origin as the <c>Origin</c> header sends it: scheme, host and port, nothing else. Only
/// https is accepted, except http on a loopback host for pages under development.
/// </summary>
public static class WebOrigin
{
    private const int MaxLength = 200;

    /// <summary>The origin in lower case without a trailing slash, or throws naming <paramref name="field"/>.</summary>
    public static string Normalize(string? origin, string field)
    {
        var text = Preconditions.CheckNotBlank(origin, field).Trim().TrimEnd('/');
        var valid = text.Length <= MaxLength
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && uri.UserInfo.Length == 0
            && string.Equals(uri.GetLeftPart(UriPartial.Authority), text, StringComparison.OrdinalIgnoreCase);
        Preconditions.CheckArgument(valid, field, "must be an origin such as https://book.example.com (scheme, host and optional port only).");
        return text.ToLowerInvariant();
    }
}
