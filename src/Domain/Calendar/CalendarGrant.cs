namespace AppointmentBooking.Domain.Calendar;

/// <summary>What consent yields: the long-lived refresh token (sealed before it is stored), a first access token and the scopes granted.</summary>
/// <param name="RefreshToken">The grant itself; the app seals it at once.</param>
/// <param name="Access">A first access token.</param>
/// <param name="Scopes">The scopes the person granted.</param>
public sealed record CalendarGrant(string RefreshToken, AccessGrant Access, IReadOnlyList<string> Scopes)
{
    /// <inheritdoc />
    public override string ToString() => $"CalendarGrant(***, {Access}, {string.Join(' ', Scopes)})";
}
