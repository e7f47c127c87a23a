using System.Security.Cryptography;
using System.Text;
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
        ArgumentNullException.ThrowIfNull(options);
        key = options.Value.KeyBytes();
    }

    public string Issue(string tenantId, string bookingId) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{tenantId}/{bookingId}")));

    public bool IsValid(string tenantId, string bookingId, string token) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Issue(tenantId, bookingId)), Encoding.ASCII.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
