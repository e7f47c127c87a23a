namespace AppointmentBooking.Domain.Webhooks;

/// <summary>How an endpoint answered a post.</summary>
/// <param name="StatusCode">The HTTP status; null when no answer came.</param>
/// <param name="Error">Why no answer came; null when one came.</param>
/// <param name="Excerpt">The start of the answer's body.</param>
public sealed record WebhookAnswer(int? StatusCode, string? Error, string? Excerpt);
