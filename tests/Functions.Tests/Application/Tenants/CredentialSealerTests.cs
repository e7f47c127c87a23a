using System.Security.Cryptography;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Tenants;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Tests.Application.Tenants;

/// <summary>Sealed secrets survive a key rotation while the former key is kept as retired, and open nowhere else.</summary>
public sealed class CredentialSealerTests
{
    private static readonly string OldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_value_sealed_before_a_rotation_opens_with_the_retired_key_and_new_values_use_the_new_key()
    {
        var before = Sealer(OldKey).Seal("tnt-1", "calendar/stf-1", "1//refresh-token");
        var rotated = Sealer(NewKey, retired: OldKey);

        var after = rotated.Seal("tnt-1", "calendar/stf-1", "1//refresh-token");

        Assert.Equal("1//refresh-token", rotated.Open("tnt-1", "calendar/stf-1", before));
        Assert.Equal(Sealer(OldKey).CurrentKeyId, CredentialSealer.KeyIdOf(before));
        Assert.Equal(rotated.CurrentKeyId, CredentialSealer.KeyIdOf(after));
        Assert.NotEqual(CredentialSealer.KeyIdOf(before), CredentialSealer.KeyIdOf(after));
        Assert.DoesNotContain("refresh-token", after.Ciphertext, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_whose_key_was_dropped_fails_naming_the_settings()
    {
        var before = Sealer(OldKey).Seal("tnt-1", "calendar/stf-1", "1//refresh-token");

        var refused = Assert.Throws<CryptographicException>(() => Sealer(NewKey).Open("tnt-1", "calendar/stf-1", before));

        Assert.Contains("Encryption:RetiredKeys", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tnt-2", "calendar/stf-1")]
    [InlineData("tnt-1", "calendar/stf-2")]
    public void A_sealed_value_opens_only_for_its_own_tenant_and_name(string tenantId, string name)
    {
        var sealer = Sealer(NewKey, retired: OldKey);
        var sealedValue = sealer.Seal("tnt-1", "calendar/stf-1", "1//refresh-token");

        Assert.ThrowsAny<CryptographicException>(() => sealer.Open(tenantId, name, sealedValue));
    }

    private static CredentialSealer Sealer(string key, string retired = "") =>
        new(Options.Create(new AccessTokenOptions { Key = key, RetiredKeys = retired }));
}
