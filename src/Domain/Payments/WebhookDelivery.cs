namespace AppointmentBooking.Domain.Payments;

/// <summary>A notification as it arrived: headers, the raw body (signatures cover its exact bytes), query and the sender's address.</summary>
/// <param name="Headers">Request headers, names case-insensitive.</param>
/// <param name="Body">The raw body, exactly as received.</param>
/// <param name="Query">Query-string parameters.</param>
/// <param name="RemoteAddress">The sender's IP address as the app sees it, for gateways that publish their source addresses.</param>
public sealed record WebhookDelivery(
    IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyDictionary<string, string> Query, string? RemoteAddress);
