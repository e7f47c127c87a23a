using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>One try at posting a delivery, and how the endpoint answered.</summary>
/// <param name="Number">1 for the first try.</param>
/// <param name="At">When it was made.</param>
/// <param name="StatusCode">The HTTP status the endpoint answered; null when no answer came.</param>
/// <param name="Error">Why no answer came (refused address, timeout, connection failure); null when one came.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="ResponseExcerpt">The start of the endpoint's answer, for the owner to read.</param>
public sealed record DeliveryAttempt(int Number, Instant At, int? StatusCode, string? Error, Duration Duration, string? ResponseExcerpt)
{
    /// <summary>Whether the endpoint took the delivery (2xx).</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
