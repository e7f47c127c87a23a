namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// A webhook endpoint. <see cref="Secret"/> (signing deliveries) is in the answer that creates the endpoint
/// and nowhere else: store it then. A disabled endpoint says why and since when.
/// </summary>
public sealed record WebhookEndpointResponse(
    string Id,
    string Url,
    IReadOnlyList<string> Events,
    string? Description,
    bool Enabled,
    string? DisabledReason,
    string? DisabledAt,
    string CreatedAt,
    string? Secret = null);
