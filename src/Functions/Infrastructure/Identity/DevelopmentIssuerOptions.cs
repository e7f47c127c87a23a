namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>
/// A development issuer that signs with a shared secret (HS256), for the local host and tests, where
/// no identity provider is reachable. Never configured in Azure: both settings are empty there.
/// </summary>
public sealed class DevelopmentIssuerOptions
{
    /// <summary>The <c>iss</c> of development tokens; empty turns the development issuer off.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The base64 signing secret, at least 32 bytes.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Issuer);

    /// <summary>The signing secret's bytes; a missing or short secret fails loudly rather than accepting weak tokens.</summary>
    public byte[] SigningKeyBytes()
    {
        var key = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey, key, out var length) && length >= 32
            ? key[..length]
            : throw new InvalidOperationException("Setting Auth:Development:SigningKey must be a base64 secret of at least 32 bytes when Auth:Development:Issuer is set.");
    }
}
