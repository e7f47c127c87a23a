using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// Seals tenants' gateway credentials with AES-GCM before they are stored, and opens them for the
/// payment adapters only. The key is derived (HKDF-SHA256) from <c>Encryption:Key</c> for this purpose
/// alone, and each value is bound to its tenant and credential name, so a sealed value copied to
/// another tenant or field does not open.
/// </summary>
public sealed class CredentialSealer
{
    private const string Format = "v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] key;

    public CredentialSealer(IOptions<AccessTokenOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        key = HKDF.DeriveKey(HashAlgorithmName.SHA256, options.Value.KeyBytes(), 32, info: Encoding.UTF8.GetBytes("payment-credentials/v1"));
    }

    public SealedSecret Seal(string tenantId, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Context(tenantId, name));
        return new SealedSecret(Format + Convert.ToBase64String(sealedBytes));
    }

    /// <exception cref="CryptographicException">The value was sealed for another tenant or name, with another key, or altered.</exception>
    public string Open(string tenantId, string name, SealedSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.Ciphertext.StartsWith(Format, StringComparison.Ordinal))
        {
            throw new CryptographicException("The credential is not in a known sealed format.");
        }

        var sealedBytes = Convert.FromBase64String(secret.Ciphertext[Format.Length..]);
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain,
            Context(tenantId, name));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The value, or null when it does not open here (another tenant, name or key, or altered).</summary>
    public string? TryOpen(string tenantId, string name, SealedSecret secret)
    {
        try
        {
            return Open(tenantId, name, secret);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static byte[] Context(string tenantId, string name) => Encoding.UTF8.GetBytes($"{tenantId}\n{name}");
}
