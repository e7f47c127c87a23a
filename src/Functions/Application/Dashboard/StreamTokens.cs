using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Members;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>
/// Tokens for the event stream, which browsers open with EventSource: it cannot send an Authorization
/// header, so the stream takes a token in its URL instead. URLs end up in browser history and proxy
/// logs, so the token is made for that alone: minted by an authenticated call, for one tenant and one
/// member, valid for minutes, and signed (HMAC-SHA256 with a key derived from <c>Encryption:Key</c>
/// for this purpose only). It grants nothing but opening the stream, and the member's current role
/// decides what the stream shows.
/// </summary>
public sealed class StreamTokens
{
    private const string Prefix = "st1.";
    private readonly byte[] key;
    private readonly IOptions<DashboardOptions> options;
    private readonly IClock clock;

    public StreamTokens(IOptions<AccessTokenOptions> keys, IOptions<DashboardOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(keys);
        key = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.Value.KeyBytes(), 32, info: Encoding.UTF8.GetBytes("dashboard-stream-tokens/v1"));
        this.options = options;
        this.clock = clock;
    }

    public StreamToken Mint(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var expiresAt = clock.GetCurrentInstant() + Duration.FromMinutes(options.Value.StreamTokenMinutes);
        var claims = string.Join('\n', caller.TenantId, caller.Member.Id, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims));
        return new StreamToken($"{Prefix}{payload}.{Sign(payload)}", expiresAt);
    }

    /// <summary>The member the token was minted for, when it is genuine, for this tenant and unexpired; otherwise null.</summary>
    public string? MemberOf(string tenantId, string? token)
    {
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length..].Split('.') is not [var payload, var signature]
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(payload)), Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }

        var claims = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)).Split('\n');
        return claims is [var tenant, var member, var expiry] && tenant == tenantId
            && long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && clock.GetCurrentInstant() < Instant.FromUnixTimeSeconds(seconds)
            ? member
            : null;
    }

    private string Sign(string payload) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
}
