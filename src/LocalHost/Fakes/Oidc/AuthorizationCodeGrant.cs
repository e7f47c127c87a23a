using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace AppointmentBooking.LocalHost.Fakes.Oidc;

/// <summary>
/// The authorization code grant with PKCE as a browser app meets it at a provider: the authorization
/// endpoint answers a code on the redirect URI (RFC 6749, section 4.1), and the token endpoint gives
/// tokens for it only with the verifier whose S256 challenge came with the request (RFC 7636, section 4.6),
/// the same client and redirect URI, and only once.
/// </summary>
internal sealed class AuthorizationCodeGrant
{
    private readonly ConcurrentDictionary<string, Request> pending = new(StringComparer.Ordinal);

    /// <summary>Answers a new code for the request, or the OAuth error it is refused with.</summary>
    public (string? Code, string? Error) Authorize(IQueryCollection query, string subject)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) ||
            string.IsNullOrEmpty(query["client_id"]) || string.IsNullOrEmpty(query["redirect_uri"]))
        {
            return (null, "invalid_request");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        pending[code] = new Request(query["client_id"]!, query["redirect_uri"]!, query["code_challenge"]!, query["nonce"].ToString(), subject);
        return (code, null);
    }

    /// <summary>The request a code was given for, once, when the client proves it with its verifier; null otherwise.</summary>
    public Request? Redeem(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form["grant_type"] != "authorization_code" || !pending.TryRemove(form["code"].ToString(), out var request))
        {
            return null;
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        return challenge == request.Challenge && form["client_id"] == request.ClientId && form["redirect_uri"] == request.RedirectUri ? request : null;
    }

    internal sealed record Request(string ClientId, string RedirectUri, string Challenge, string Nonce, string Subject);
}
