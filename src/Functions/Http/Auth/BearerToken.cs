using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AppointmentBooking.Functions.Http.Auth;

/// <summary>The management API's credential: <c>Authorization: Bearer &lt;JWT&gt;</c> (RFC 6750).</summary>
public static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <exception cref="RequestRejectedException">401 when the header is missing or not a bearer token.</exception>
    public static string Require(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : throw Unauthorized(request, "A bearer token is required: 'Authorization: Bearer <token>'.");
    }

    /// <summary>The 401 to throw, with the <c>WWW-Authenticate</c> challenge RFC 6750 asks for.</summary>
    public static RequestRejectedException Unauthorized(HttpRequest request, string detail)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return new RequestRejectedException(ApiProblems.Unauthorized(detail));
    }
}
