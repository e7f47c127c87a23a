using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.Concurrency;

/// <summary>
/// The version a caller says it is changing (RFC 9110, section 13.1.1): the ETag from its GET. Changes
/// without one are refused with 428 (RFC 6585), so nobody overwrites an edit they never saw.
/// </summary>
public static class IfMatch
{
    public const string Header = "If-Match";

    /// <exception cref="RequestRejectedException">428 when the header is missing, a wildcard, or more than one tag.</exception>
    public static string Require(HttpRequest request) =>
        Optional(request) ?? throw new RequestRejectedException(ApiProblems.PreconditionRequired(
            $"Send the ETag you read (GET) in the '{Header}' header, so a change made meanwhile by someone else is not overwritten."));

    /// <summary>The tag without quotes or weakness mark, or null when the header is absent.</summary>
    /// <exception cref="RequestRejectedException">428 for a wildcard or a list: a change must name the one version it replaces.</exception>
    public static string? Optional(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers[Header].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (value == "*" || value.Contains(',', StringComparison.Ordinal))
        {
            throw new RequestRejectedException(ApiProblems.PreconditionRequired($"'{Header}' must carry the one ETag you read, not '*' or a list."));
        }

        return value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
    }
}
