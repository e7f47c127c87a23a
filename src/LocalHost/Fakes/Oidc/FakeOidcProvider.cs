using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AppointmentBooking.LocalHost.Fakes.Oidc;

/// <summary>
/// An OpenID Connect provider on loopback, as Entra ID and Google present themselves to an API: a
/// discovery document at <c>/.well-known/openid-configuration</c> naming a JWKS of RSA keys
/// (OpenID Connect Discovery 1.0, section 4; RFC 7517). It signs RS256 tokens with its current key
/// and can rotate to a new one, which it publishes beside the old — as providers do. A browser app
/// signs in at it with the authorization code grant and PKCE (<see cref="AuthorizationCodeGrant"/>):
/// the authorization endpoint approves at once, as <see cref="SignInAs"/>.
/// </summary>
public sealed class FakeOidcProvider : FakeServer
{
    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] ResponseTypes = ["code", "id_token"];
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private readonly List<(string KeyId, RSA Key)> keys = [];
    private readonly Lock gate = new();
    private readonly AuthorizationCodeGrant grant = new();
    private readonly IClock time;

    /// <param name="clock">Stamps the tokens the token endpoint issues; the system clock when absent.</param>
    public FakeOidcProvider(IClock? clock = null)
    {
        time = clock ?? SystemClock.Instance;
        Rotate();
    }

    /// <summary>Whom the authorization endpoint signs in (its e-mail address is verified).</summary>
    public string SignInAs { get; set; } = "oidc-user@example.test";

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
        // Browser apps read discovery and redeem codes across origins, as providers allow.
        application.Use((context, next) =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return next(context);
        });
        application.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/discovery/keys",
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
            ["subject_types_supported"] = SubjectTypes,
            ["response_types_supported"] = ResponseTypes,
        }));
        application.MapGet("/authorize", (HttpRequest request) =>
        {
            var (code, error) = grant.Authorize(request.Query, SignInAs);
            var answer = code is null ? $"error={error}" : $"code={Uri.EscapeDataString(code)}";
            return Results.Redirect($"{request.Query["redirect_uri"]}?{answer}&state={Uri.EscapeDataString(request.Query["state"].ToString())}");
        });
        application.MapPost("/token", async (HttpRequest request) =>
        {
            if (grant.Redeem(await request.ReadFormAsync()) is not { } redeemed)
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }

            var claims = new Dictionary<string, object> { ["email"] = redeemed.Subject, ["email_verified"] = true, ["nonce"] = redeemed.Nonce };
            var token = Mint(redeemed.Subject, redeemed.ClientId, time.GetCurrentInstant(), Duration.FromTimeSpan(TokenLifetime), claims);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["id_token"] = token,
                ["access_token"] = token,
                ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            });
        });
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
