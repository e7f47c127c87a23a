namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Settings under <c>Encryption:</c>; the key signs customer access tokens.</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Encryption";

    /// <summary>A random secret of at least 32 bytes, base64; from Key Vault in Azure.</summary>
    public string Key { get; set; } = string.Empty;
}
