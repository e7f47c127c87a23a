using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>A short-lived access token; never logged or stored.</summary>
/// <param name="Token">The bearer token.</param>
/// <param name="ExpiresAt">When the provider stops accepting it.</param>
public sealed record AccessGrant(string Token, Instant ExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"AccessGrant(***, {ExpiresAt})";
}
