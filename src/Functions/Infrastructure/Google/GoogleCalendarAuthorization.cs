using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Google;

/// <summary>
/// Google's OAuth 2.0 flow for web server applications, on Google.Apis.Auth's PKCE flow
/// (https://developers.google.com/identity/protocols/oauth2/web-server): the consent page asks for the
/// Calendar event and free/busy scopes with <c>access_type=offline</c> and <c>prompt=consent</c>, so a
/// refresh token always comes back, and a <c>code_challenge</c> (S256) whose verifier the app keeps;
/// the code is exchanged with that verifier; access tokens are refreshed from the refresh token
/// ("Refreshing an access token (offline access)"), and a refresh token Google no longer honours
/// answers <c>invalid_grant</c> ("Refresh token expiration", https://developers.google.com/identity/protocols/oauth2),
/// which becomes <see cref="CalendarGrantRefusedException"/>. Disconnecting revokes the grant at the
/// revocation endpoint ("Revoking a token"). The library keeps no token: its data store is unused.
/// </summary>
internal sealed class GoogleCalendarAuthorization(IOptions<GoogleOptions> options, IClock clock) : ICalendarAuthorization
{
    /// <summary>Create and change events; read free/busy (https://developers.google.com/workspace/calendar/api/auth).</summary>
    public static readonly string[] Scopes =
        ["https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/calendar.freebusy"];

    private const string User = "staff-calendar";
    private PkceGoogleAuthorizationCodeFlow? flow;

    public IReadOnlyList<string> RequiredScopes => Scopes;

    public bool IsConfigured => SecretSetting.IsConfigured(options.Value.ClientId) && SecretSetting.IsConfigured(options.Value.ClientSecret);

    /// <summary>Built on first use, so an app without a Google client still starts (and says calendars are not configured).</summary>
    private PkceGoogleAuthorizationCodeFlow Flow => flow ??= IsConfigured
        ? new PkceGoogleAuthorizationCodeFlow(new Endpoints(options.Value)
        {
            ClientSecrets = new ClientSecrets { ClientId = options.Value.ClientId, ClientSecret = options.Value.ClientSecret },
            Scopes = Scopes,
            Prompt = "consent",
        })
        : throw new InvalidOperationException("Settings Google:ClientId and Google:ClientSecret are not configured.");

    private string RedirectUri => options.Value.RedirectUri?.ToString()
        ?? throw new InvalidOperationException("Setting Google:RedirectUri is not configured.");

    public ConsentRequest StartConsent(string state)
    {
        var request = (GoogleAuthorizationCodeRequestUrl)Flow.CreateAuthorizationCodeRequest(RedirectUri, out var codeVerifier);
        request.State = state;
        request.AccessType = "offline";
        request.Prompt = "consent";
        return new ConsentRequest(request.Build(), codeVerifier);
    }

    public async Task<CalendarGrant> ExchangeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        var token = await RefusalsAsGrantRefused(() => Flow.ExchangeCodeForTokenAsync(User, code, codeVerifier, RedirectUri, cancellationToken));
        if (string.IsNullOrEmpty(token.RefreshToken))
        {
            throw new CalendarGrantRefusedException("no_refresh_token");
        }

        var scopes = (token.Scope ?? string.Join(' ', Scopes)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new CalendarGrant(token.RefreshToken, Access(token), scopes);
    }

    public async Task<AccessGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Access(await RefusalsAsGrantRefused(() => Flow.RefreshTokenAsync(User, refreshToken, cancellationToken)));

    public async Task RevokeAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            await Flow.RevokeTokenAsync(User, token, cancellationToken);
        }
        catch (TokenResponseException refused) when (refused.Error?.Error is "invalid_token" or "invalid_grant")
        {
            // Already revoked (by the person at myaccount.google.com, or an earlier try): nothing left to do.
        }
    }

    private AccessGrant Access(TokenResponse token) =>
        new(token.AccessToken, clock.GetCurrentInstant() + Duration.FromSeconds(token.ExpiresInSeconds ?? 3600));

    private static async Task<TokenResponse> RefusalsAsGrantRefused(Func<Task<TokenResponse>> call)
    {
        try
        {
            return await call();
        }
        catch (TokenResponseException refused) when (refused.Error?.Error is "invalid_grant")
        {
            throw new CalendarGrantRefusedException("invalid_grant", refused);
        }
    }

    /// <summary>Google's flow on the endpoints from settings (Google's own, or a local fake), through the initializer's endpoint constructor.</summary>
    private sealed class Endpoints(GoogleOptions google) : GoogleAuthorizationCodeFlow.Initializer(
        google.AuthorizationEndpoint.ToString(), google.TokenEndpoint.ToString(), google.RevocationEndpoint.ToString());
}
