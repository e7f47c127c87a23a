using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AppointmentBooking.LocalHost.Fakes.Oidc;

/// <summary>
/// An OpenID Connect provider on loopback, as Entra ID and Google present themselves to an API: a
/// discovery document at <c>/.well-known/openid-configuration</c> naming a JWKS of RSA keys
/// (OpenID Connect Discovery 1.0, section 4; RFC 7517). It signs RS256 tokens with its current key
/// and can rotate to a new one, which it publishes beside the old — as providers do.
/// </summary>
public sealed class FakeOidcProvider : FakeServer
{
    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] ResponseTypes = ["code", "id_token"];
    private readonly List<(string KeyId, RSA Key)> keys = [];
    private readonly Lock gate = new();

    public FakeOidcProvider() => Rotate();

    /// <summary>The issuer: the base address without its trailing slash.</summary>
    public string Issuer => BaseAddress.ToString().TrimEnd('/');

    /// <summary>The id of the key tokens are signed with now.</summary>
    public string CurrentKeyId
    {
        get
        {
            lock (gate)
            {
                return keys[^1].KeyId;
            }
        }
    }

    /// <summary>Makes a new key the signing key; the old ones stay published.</summary>
    public void Rotate()
    {
        lock (gate)
        {
            keys.Add(($"key-{keys.Count + 1}", RSA.Create(2048)));
        }
    }

    /// <summary>A token signed with the current key (or <paramref name="signingKey"/>, which need not be published).</summary>
    public string Mint(string subject, string audience, Instant now, Duration lifetime, IDictionary<string, object>? claims = null, RSA? signingKey = null, string? keyId = null)
    {
        RSA key;
        string kid;
        lock (gate)
        {
            (kid, key) = signingKey is null ? keys[^1] : (keyId ?? "unpublished", signingKey);
        }

        var payload = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["sub"] = subject };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = payload,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = (now + lifetime).ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override void MapRoutes(WebApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        application.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/discovery/keys",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
            ["subject_types_supported"] = SubjectTypes,
            ["response_types_supported"] = ResponseTypes,
        }));
        application.MapGet("/discovery/keys", () =>
        {
            lock (gate)
            {
                return Results.Json(new { keys = keys.Select(k => Jwk(k.KeyId, k.Key)).ToList() });
            }
        });
    }

    private static Dictionary<string, string> Jwk(string keyId, RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
