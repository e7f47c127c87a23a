using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>
/// Who is calling. Behind Azure's front ends the worker sees the host, not the client, so the address
/// comes from X-Forwarded-For: its last entry, the one the trusted front end appended (earlier entries
/// are whatever the client chose to send).
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpRequest request)
    {
        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last ?? request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
