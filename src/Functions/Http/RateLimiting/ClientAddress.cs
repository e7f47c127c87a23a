using System.Net;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>
/// Who is calling. Behind Azure's front ends the worker sees the host, not the client, so the address
/// comes from X-Forwarded-For: its last entry, the one the trusted front end appended (earlier entries
/// are whatever the client chose to send). Front ends write it as <c>address:port</c> (IPv4) or
/// <c>[address]:port</c> (IPv6); the port changes with every connection, so it is dropped.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null ? Parse(last) : request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>The address without its port; text that is no address at all is kept as it is, so it still gets a bucket of its own.</summary>
    public static string Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (IPAddress.TryParse(entry, out var address) && !entry.Contains(']', StringComparison.Ordinal))
        {
            return Canonical(address);
        }

        return IPEndPoint.TryParse(entry, out var endpoint) ? Canonical(endpoint.Address) : entry;
    }

    private static string Canonical(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
