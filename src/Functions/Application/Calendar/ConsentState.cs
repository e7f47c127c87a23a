using System.Security.Cryptography;
using System.Text.Json;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Json;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// The OAuth <c>state</c> of a calendar consent: which consent, tenant, staff member and member, and
/// until when. It is sealed (AES-GCM: authenticated, so any change is detected, and opaque), it
/// expires, and the consent it names can be taken once — the callback trusts nothing else it is sent.
/// </summary>
public sealed record ConsentState(string ConsentId, string TenantId, string StaffId, string MemberId, Instant ExpiresAt)
{
    private const string Owner = "calendar-consent";
    private const string Name = "state";

    /// <summary>The state as it travels through the consent page and back.</summary>
    public string Seal(CredentialSealer sealer)
    {
        ArgumentNullException.ThrowIfNull(sealer);
        return sealer.Seal(Owner, Name, JsonSerializer.Serialize(this, AppJson.Options)).Ciphertext;
    }

    /// <summary>The state sent back, or null when it was altered, made with a key this app does not have, or is not one at all.</summary>
    public static ConsentState? Open(CredentialSealer sealer, string? sealedState)
    {
        ArgumentNullException.ThrowIfNull(sealer);
        if (string.IsNullOrWhiteSpace(sealedState) || sealedState.Length > 2048)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ConsentState>(sealer.Open(Owner, Name, new SealedSecret(sealedState)), AppJson.Options);
        }
        catch (Exception failure) when (failure is CryptographicException or JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
