using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// Seals the secrets the app keeps for others (tenants' gateway credentials, staff calendars' refresh
/// tokens, the consent <c>state</c>) with AES-GCM before they are stored, and opens them for the
/// adapters only. Each value is bound to its owner and name (the GCM associated data), so a sealed
/// value copied to another tenant or field does not open. A sealed value names the key that sealed it
/// (<c>v2:{keyId}:{nonce|ciphertext|tag}</c>): the key id is a fingerprint of <c>Encryption:Key</c>,
/// so after a rotation the former keys in <c>Encryption:RetiredKeys</c> still open what they sealed
/// while everything new is sealed with the current key. Values of the first format (<c>v1:</c>, no key
/// id) open with whichever configured key sealed them.
/// </summary>
public sealed class CredentialSealer
{
    private const string Format = "v2:";
    private const string FirstFormat = "v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly SealingKey current;
    private readonly IReadOnlyList<SealingKey> keys;

    public CredentialSealer(IOptions<AccessTokenOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        keys = [.. options.Value.SealingKeys().Select(SealingKey.From)];
        current = keys[0];
    }

    /// <summary>The id of the key new values are sealed with.</summary>
    public string CurrentKeyId => current.Id;

    public SealedSecret Seal(string tenantId, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(current.Key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Context(tenantId, name));
        return new SealedSecret($"{Format}{current.Id}:{Convert.ToBase64String(sealedBytes)}");
    }

    /// <summary>The id of the key that sealed <paramref name="secret"/>, or null for a value of the first format.</summary>
    public static string? KeyIdOf(SealedSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Ciphertext.StartsWith(Format, StringComparison.Ordinal) && secret.Ciphertext.IndexOf(':', Format.Length) is > 0 and var end
            ? secret.Ciphertext[Format.Length..end]
            : null;
    }

    /// <exception cref="CryptographicException">The value was sealed for another tenant or name, with a key the app no longer has, or altered.</exception>
    public string Open(string tenantId, string name, SealedSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var text = secret.Ciphertext;
        if (KeyIdOf(secret) is { } keyId)
        {
            var key = keys.FirstOrDefault(k => k.Id == keyId)
                ?? throw new CryptographicException($"The value was sealed with key {keyId}, which is neither Encryption:Key nor among Encryption:RetiredKeys.");
            return Decrypt(key.Key, Bytes(text[(Format.Length + keyId.Length + 1)..]), tenantId, name);
        }

        if (!text.StartsWith(FirstFormat, StringComparison.Ordinal))
        {
            throw new CryptographicException("The value is not in a known sealed format.");
        }

        var sealedBytes = Bytes(text[FirstFormat.Length..]);
        foreach (var key in keys)
        {
            try
            {
                return Decrypt(key.FirstFormatKey, sealedBytes, tenantId, name);
            }
            catch (AuthenticationTagMismatchException) when (key != keys[^1])
            {
                // Sealed with another of the configured keys, or not for this owner: try the next.
            }
        }

        throw new CryptographicException("The value does not open with any configured key.");
    }

    private static string Decrypt(byte[] key, byte[] sealedBytes, string tenantId, string name)
    {
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        if (length < 0)
        {
            throw new CryptographicException("The sealed value is too short.");
        }

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

    private static byte[] Bytes(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) ? bytes[..length]
            : throw new CryptographicException("The sealed value is not base64.");
    }

    private static byte[] Context(string tenantId, string name) => Encoding.UTF8.GetBytes($"{tenantId}\n{name}");

    /// <summary>The keys derived (HKDF-SHA256) from one configured secret for sealing alone, and its fingerprint.</summary>
    private sealed record SealingKey(string Id, byte[] Key, byte[] FirstFormatKey)
    {
        public static SealingKey From(byte[] secret) => new(
            Convert.ToHexStringLower(HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 8, info: Encoding.UTF8.GetBytes("sealed-secrets/key-id"))),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.UTF8.GetBytes("sealed-secrets/v2")),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.UTF8.GetBytes("payment-credentials/v1")));
    }
}
