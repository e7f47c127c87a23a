namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// A calendar provider's OAuth 2.0 authorization-code flow with PKCE. Adapters throw
/// <see cref="CalendarGrantRefusedException"/> when the provider refuses a code or refresh token for
/// good, and any other exception for a failure worth retrying.
/// </summary>
public interface ICalendarAuthorization
{
    /// <summary>Whether the app has a client id and secret for the provider.</summary>
    bool IsConfigured { get; }

    /// <summary>The scopes consent must grant, all of them, for the calendar to be used.</summary>
    IReadOnlyList<string> RequiredScopes { get; }

    /// <summary>The consent page for the event and free/busy scopes with offline access, carrying <paramref name="state"/>.</summary>
    ConsentRequest StartConsent(string state);

    /// <summary>Trades the code the consent page returned for a grant.</summary>
    Task<CalendarGrant> ExchangeAsync(string code, string codeVerifier, CancellationToken cancellationToken);

    /// <summary>A fresh access token from the refresh token.</summary>
    Task<AccessGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>Revokes the grant the token belongs to; revoking one already gone does nothing.</summary>
    Task RevokeAsync(string token, CancellationToken cancellationToken);
}
