using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// The token that lets a customer see, cancel or reschedule their booking without an account: an
/// HMAC of tenant and booking id. Nothing is stored, and a retried create returns the same token.
/// </summary>
public sealed class AccessTokens
{
    private readonly byte[] key;

    public AccessTokens(IOptions<AccessTokenOptions> options)
    {
        key = Decode(options.Value.Key);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Setting Encryption:Key must be a base64 secret of at least 32 bytes.");
        }
    }

    public string Issue(string tenantId, string bookingId) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{tenantId}/{bookingId}")));

    public bool IsValid(string tenantId, string bookingId, string token) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Issue(tenantId, bookingId)), Encoding.ASCII.GetBytes(token));

    /// <summary>An unresolved Key Vault reference or the deploy placeholder is a missing key, not one to decode.</summary>
    private static byte[] Decode(string? configured)
    {
        if (!SecretSetting.IsConfigured(configured))
        {
            return [];
        }

        var key = new byte[configured.Length];
        return Convert.TryFromBase64String(configured, key, out var length) ? key[..length] : [];
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
