using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AppointmentBooking.Functions.Http.Cors;

/// <summary>
/// Cross-origin access for browser frontends (Fetch standard, "CORS protocol"): an origin is allowed
/// when it is one of the platform's (<see cref="CorsOptions"/>) or one the route's tenant listed in its
/// settings. Implemented in the app, not the platform: Azure's CORS setting is one list for the
/// whole app and answers preflights before any function runs, so it cannot tell tenants apart
/// (infra/app/functions.bicep leaves it empty). Credentials are bearer tokens in a header, never
/// cookies, so no <c>Allow-Credentials</c>.
/// </summary>
public sealed class CorsPolicy(IOptions<CorsOptions> options)
{
    public const string AllowedMethods = "GET, POST, PUT, DELETE";
    public const string AllowedHeaders = "Authorization, Content-Type, If-Match, Idempotency-Key, Booking-Access-Token";
    public const string ExposedHeaders = "ETag, Location, Retry-After, WWW-Authenticate";
    private const string MaxAgeSeconds = "600";

    private readonly HashSet<string> platform = [.. options.Value.AllowedOrigins
        .Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(origin => WebOrigin.Normalize(origin, "Cors:AllowedOrigins"))];

    /// <summary>Marks an actual response readable by the calling page when its origin is allowed; leaves it alone otherwise.</summary>
    public void Apply(HttpRequest request, TenantConfiguration? tenant)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (AllowedOrigin(request, tenant) is { } origin)
        {
            var headers = request.HttpContext.Response.Headers;
            headers[HeaderNames.AccessControlAllowOrigin] = origin;
            headers[HeaderNames.AccessControlExposeHeaders] = ExposedHeaders;
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }
    }

    /// <summary>The answer to a preflight: 204 with what may be sent, or 403 for an origin that is not allowed.</summary>
    public IActionResult Preflight(HttpRequest request, TenantConfiguration? tenant)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (AllowedOrigin(request, tenant) is not { } origin)
        {
            return ApiProblems.OriginNotAllowed(request.Headers.Origin.ToString());
        }

        headers[HeaderNames.AccessControlAllowOrigin] = origin;
        headers[HeaderNames.AccessControlAllowMethods] = AllowedMethods;
        headers[HeaderNames.AccessControlAllowHeaders] = AllowedHeaders;
        headers[HeaderNames.AccessControlMaxAge] = MaxAgeSeconds;
        return new NoContentResult();
    }

    private string? AllowedOrigin(HttpRequest request, TenantConfiguration? tenant)
    {
        var origin = request.Headers.Origin.ToString().TrimEnd('/').ToLowerInvariant();
        return origin.Length > 0 && (platform.Contains(origin) || tenant?.Tenant.AllowedOrigins.Contains(origin) == true) ? origin : null;
    }
}
