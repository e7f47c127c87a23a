using AppointmentBooking.Functions.Infrastructure.Configuration;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Settings under <c>Encryption:</c>; the key signs customer access tokens and seals tenants' gateway credentials.</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Encryption";

    /// <summary>A random secret of at least 32 bytes, base64; from Key Vault in Azure.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The key's bytes. An unresolved Key Vault reference or the deploy placeholder fails like a missing key.</summary>
    public byte[] KeyBytes()
    {
        var key = new byte[Key.Length];
        return SecretSetting.IsConfigured(Key) && Convert.TryFromBase64String(Key, key, out var length) && length >= 32
            ? key[..length]
            : throw new InvalidOperationException("Setting Encryption:Key must be a base64 secret of at least 32 bytes.");
    }
}
