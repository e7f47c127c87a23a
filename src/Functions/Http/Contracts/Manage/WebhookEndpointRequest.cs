namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// A webhook endpoint as the owner writes it: an https URL, the event types it receives (omitted or
/// <c>["*"]</c> for all), a note, and (when replacing) whether it is enabled.
/// </summary>
public sealed record WebhookEndpointRequest(string? Url, List<string>? Events, string? Description, bool? Enabled);
