namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>Settings under <c>Auth:</c>: who may issue the bearer tokens of the management API, and for which audience.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// OIDC issuers (Entra ID <c>https://login.microsoftonline.com/{tenant}/v2.0</c>, Google
    /// <c>https://accounts.google.com</c>), separated by spaces or commas; their signing keys come
    /// from <c>{issuer}/.well-known/openid-configuration</c>. Empty: no OIDC issuer.
    /// </summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The audience every token must carry: the API's application id (Entra ID) or OAuth client id (Google).</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>The symmetric development issuer; off unless both of its settings are given.</summary>
    public DevelopmentIssuerOptions Development { get; set; } = new();

    /// <summary>The configured OIDC issuers.</summary>
    public IReadOnlyList<string> OidcIssuers() =>
        Issuer.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
