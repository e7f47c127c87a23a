using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>
/// An OpenID Connect issuer (Entra ID, Google): its signing keys come from the JWKS its discovery
/// document names, fetched with IdentityModel's <see cref="OpenIdConnectConfigurationRetriever"/>.
/// Followed: OpenID Connect Discovery 1.0, section 4 "Obtaining OpenID Provider Configuration
/// Information"; "OpenID Connect on the Microsoft identity platform" (learn.microsoft.com,
/// entra/identity-platform/v2-protocols-oidc), "Find your app's OpenID configuration document URI";
/// Google's "OpenID Connect" (developers.google.com/identity/protocols/oauth2/openid-connect),
/// "The Discovery document" and "Validating an ID token".
/// Keys are kept for <see cref="RefreshEvery"/>. A token signed with a key id the cached keys lack
/// (the provider rotated) makes the keys be fetched again at once — but at most once per
/// <see cref="ForcedRefreshAtMostEvery"/>, so tokens with invented key ids cannot make the app
/// hammer the provider. A failed periodic fetch keeps the old keys.
/// </summary>
internal sealed partial class OidcIssuer(string issuer, HttpClient http, IClock clock, ILogger logger) : TrustedIssuer(issuer), IDisposable
{
    public static readonly Duration RefreshEvery = Duration.FromHours(12);
    public static readonly Duration ForcedRefreshAtMostEvery = Duration.FromMinutes(5);

    private readonly SemaphoreSlim fetching = new(1, 1);
    private IReadOnlyList<SecurityKey>? keys;
    private Instant fetchedAt;
    private Instant? forcedAt;

    public override IReadOnlyList<string> Algorithms { get; } =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    public void Dispose() => fetching.Dispose();

    public string MetadataAddress => Issuer.TrimEnd('/') + "/.well-known/openid-configuration";

    public override async Task<IReadOnlyList<SecurityKey>> KeysAsync(CancellationToken cancellationToken)
    {
        if (keys is { } current && clock.GetCurrentInstant() < fetchedAt + RefreshEvery)
        {
            return current;
        }

        await fetching.WaitAsync(cancellationToken);
        try
        {
            if (keys is { } fetched && clock.GetCurrentInstant() < fetchedAt + RefreshEvery)
            {
                return fetched;
            }

            return await FetchAsync(cancellationToken) ?? keys
                ?? throw new IdentityProviderUnavailableException($"The signing keys of {Issuer} could not be fetched.");
        }
        finally
        {
            fetching.Release();
        }
    }

    public override async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await fetching.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetCurrentInstant();
            if (forcedAt is { } last && now < last + ForcedRefreshAtMostEvery)
            {
                return false;
            }

            forcedAt = now;
            return await FetchAsync(cancellationToken) is not null;
        }
        finally
        {
            fetching.Release();
        }
    }

    /// <summary>Null when the fetch failed; the caller decides whether older keys will do.</summary>
    private async Task<IReadOnlyList<SecurityKey>?> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(MetadataAddress), SendAdditionalHeaderData = false };
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataAddress, retriever, cancellationToken);
            if (!string.Equals(configuration.Issuer?.TrimEnd('/'), Issuer.TrimEnd('/'), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The discovery document names issuer '{configuration.Issuer}', not '{Issuer}'.");
            }

            keys = [.. configuration.SigningKeys];
            fetchedAt = clock.GetCurrentInstant();
            return keys;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFetchFailed(logger, exception, Issuer);
            return null;
        }
    }

    private static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing keys of issuer {Issuer} could not be fetched")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string issuer);
}
