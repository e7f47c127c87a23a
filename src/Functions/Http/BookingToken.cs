using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// The access token of a customer's booking travels in the <see cref="Header"/> header, never in the
/// URL: URLs end up in proxy logs and request telemetry, and whoever reads the token can cancel the
/// booking. Links sent to customers carry it in the fragment of the booking page's URL, which
/// browsers never send to a server; the page passes it on in this header.
/// </summary>
public static class BookingToken
{
    public const string Header = "Booking-Access-Token";

    /// <exception cref="RequestRejectedException">401 when the header is missing, or the token was put in the query string.</exception>
    public static string Require(HttpRequest request) =>
        Find(request) ?? throw new RequestRejectedException(ApiProblems.Unauthorized($"The booking's access token is required in the '{Header}' header."));

    /// <summary>The token from the header, or null when none was sent.</summary>
    /// <exception cref="RequestRejectedException">401 when the token was put in the query string.</exception>
    public static string? Find(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.ContainsKey("token"))
        {
            throw new RequestRejectedException(ApiProblems.Unauthorized(
                $"Send the booking's access token in the '{Header}' header; tokens in URLs are refused because URLs are logged."));
        }

        var token = request.Headers[Header].ToString();
        return token.Length > 0 ? token : null;
    }
}
