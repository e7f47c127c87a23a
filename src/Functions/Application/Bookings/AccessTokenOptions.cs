using AppointmentBooking.Functions.Infrastructure.Configuration;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Settings under <c>Encryption:</c>; the key signs customer access tokens and seals the secrets the app keeps.</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Encryption";

    /// <summary>A random secret of at least 32 bytes, base64; from Key Vault in Azure.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>
    /// Former values of <see cref="Key"/> after a rotation, base64, separated by spaces or commas: they
    /// only open what they sealed. Empty (or the deploy placeholder) when no key was retired.
    /// </summary>
    public string RetiredKeys { get; set; } = string.Empty;

    /// <summary>The key's bytes. An unresolved Key Vault reference or the deploy placeholder fails like a missing key.</summary>
    public byte[] KeyBytes() => Decode(Key)
        ?? throw new InvalidOperationException("Setting Encryption:Key must be a base64 secret of at least 32 bytes.");

    /// <summary>The current key first, then the retired ones.</summary>
    public IReadOnlyList<byte[]> SealingKeys()
    {
        var retired = SecretSetting.IsConfigured(RetiredKeys)
            ? RetiredKeys.Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return [KeyBytes(), .. retired.Select(k => Decode(k)
            ?? throw new InvalidOperationException("Every key in Encryption:RetiredKeys must be a base64 secret of at least 32 bytes."))];
    }

    private static byte[]? Decode(string value)
    {
        var key = new byte[value.Length];
        return SecretSetting.IsConfigured(value) && Convert.TryFromBase64String(value, key, out var length) && length >= 32 ? key[..length] : null;
    }
}
