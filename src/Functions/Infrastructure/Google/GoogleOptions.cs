namespace AppointmentBooking.Functions.Infrastructure.Google;

/// <summary>
/// Settings under <c>Google:</c>: the OAuth client staff connect their calendars through, and Google's
/// endpoints (tests and the local host point them at a local fake). The secret comes from Key Vault in Azure.
/// </summary>
public sealed class GoogleOptions
{
    public const string Section = "Google";

    /// <summary>The OAuth client id (a "Web application" client in the Google Cloud console).</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>This app's callback, exactly as registered with the client: <c>https://{app}/api/calendar/oauth/callback</c>.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Google's consent page.</summary>
    public Uri AuthorizationEndpoint { get; set; } = new("https://accounts.google.com/o/oauth2/v2/auth");

    /// <summary>Google's token endpoint (codes and refresh tokens).</summary>
    public Uri TokenEndpoint { get; set; } = new("https://oauth2.googleapis.com/token");

    /// <summary>Google's revocation endpoint.</summary>
    public Uri RevocationEndpoint { get; set; } = new("https://oauth2.googleapis.com/revoke");

    /// <summary>The Calendar API v3 base, ending with a slash.</summary>
    public Uri CalendarApiBase { get; set; } = new("https://www.googleapis.com/calendar/v3/");
}
