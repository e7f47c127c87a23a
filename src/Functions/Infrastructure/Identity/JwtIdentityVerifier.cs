using AppointmentBooking.Domain.Members;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using MemberIdentity = AppointmentBooking.Domain.Members.Identity;

namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>
/// Verifies bearer JWTs with IdentityModel's <see cref="JsonWebTokenHandler"/>: the token's <c>iss</c>
/// picks one trusted issuer, and the token must then be signed by one of that issuer's keys with one
/// of its algorithms (so neither "none" nor a symmetric algorithm can pass for an OIDC issuer), carry
/// the configured audience, and be within its lifetime, read from the app's clock, give or take
/// <see cref="ClockSkew"/>. A key id the issuer's cached keys lack fetches them again once and retries.
/// </summary>
internal sealed class JwtIdentityVerifier(IReadOnlyList<TrustedIssuer> issuers, string audience, IClock clock) : IIdentityVerifier, IDisposable
{
    public static readonly Duration ClockSkew = Duration.FromMinutes(2);
    private const int MaxTokenLength = 16 * 1024;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<IdentityCheck> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (Issuer(token) is not { } issuer)
        {
            return new IdentityCheck.Rejected("The bearer token is not a JWT from a trusted issuer.");
        }

        try
        {
            var result = await ValidateAsync(token, issuer, cancellationToken);
            if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && await issuer.RefreshAsync(cancellationToken))
            {
                result = await ValidateAsync(token, issuer, cancellationToken);
            }

            return result.IsValid ? Verified((JsonWebToken)result.SecurityToken) : new IdentityCheck.Rejected(Explain(result.Exception));
        }
        catch (IdentityProviderUnavailableException exception)
        {
            return new IdentityCheck.Unavailable(exception.Message);
        }
    }

    public void Dispose()
    {
        foreach (var issuer in issuers.OfType<IDisposable>())
        {
            issuer.Dispose();
        }
    }

    private TrustedIssuer? Issuer(string token)
    {
        if (token.Length > MaxTokenLength || !handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var issuer = handler.ReadJsonWebToken(token).Issuer;
            return issuers.FirstOrDefault(i => string.Equals(i.Issuer, issuer, StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }

    private async Task<TokenValidationResult> ValidateAsync(string token, TrustedIssuer issuer, CancellationToken cancellationToken) =>
        await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = audience,
            ValidateAudience = true,
            RequireAudience = true,
            IssuerSigningKeys = await issuer.KeysAsync(cancellationToken),
            ValidAlgorithms = issuer.Algorithms,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew.ToTimeSpan(),
            LifetimeValidator = WithinLifetime,
        });

    /// <summary>The app's clock, not the machine's, decides: tests and the local host can move it.</summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetCurrentInstant();
        if (expires is not { } expiry || Instant.FromDateTimeUtc(DateTime.SpecifyKind(expiry, DateTimeKind.Utc)) + ClockSkew <= now)
        {
            throw new SecurityTokenExpiredException("The token has expired.");
        }

        if (notBefore is { } start && Instant.FromDateTimeUtc(DateTime.SpecifyKind(start, DateTimeKind.Utc)) - ClockSkew > now)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        return true;
    }

    private static IdentityCheck Verified(JsonWebToken token)
    {
        token.TryGetPayloadValue<string>("email", out var email);
        token.TryGetPayloadValue<string>("name", out var name);
        var verified = token.TryGetPayloadValue<bool>("email_verified", out var emailVerified)
            ? emailVerified
            : token.TryGetPayloadValue<bool>("xms_edov", out var domainOwnerVerified) && domainOwnerVerified;
        if (string.IsNullOrWhiteSpace(token.Subject))
        {
            return new IdentityCheck.Rejected("The token names no subject.");
        }

        return new IdentityCheck.Verified(MemberIdentity.Of(token.Issuer, token.Subject, email, verified, name));
    }

    private static string Explain(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token is not for this API (audience).",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key the issuer does not publish.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm this issuer does not use.",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        _ => "The bearer token is not valid.",
    };
}
