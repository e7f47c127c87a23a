using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>Reads a gateway's notification exactly as sent: signatures cover the raw body, byte for byte.</summary>
public static class WebhookRequests
{
    /// <exception cref="RequestRejectedException">413 when the body is over the limit.</exception>
    public static async Task<WebhookDelivery> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body);
        var buffer = new char[RequestLimits.MaxBodyBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > RequestLimits.MaxBodyBytes)
        {
            throw new RequestRejectedException(ApiProblems.PayloadTooLarge(RequestLimits.MaxBodyBytes));
        }

        return new WebhookDelivery(
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            new string(buffer, 0, read),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            ClientAddress.Of(request));
    }
}
