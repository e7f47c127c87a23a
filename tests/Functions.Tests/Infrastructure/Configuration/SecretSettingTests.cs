using AppointmentBooking.Functions.Infrastructure.Configuration;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Configuration;

public class SecretSettingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(SecretSetting.Placeholder)]
    [InlineData(" not-configured ")]
    [InlineData("@Microsoft.KeyVault(VaultName=kv-app;SecretName=stripe-secret-key)")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/stripe-secret-key/)")]
    [InlineData("@microsoft.keyvault(VaultName=kv-app;SecretName=google-client-secret)")]
    public void Missing_placeholder_or_unresolved_reference_is_not_configured(string? value) =>
        Assert.False(SecretSetting.IsConfigured(value));

    [Theory]
    [InlineData("sk_live_51H8")]
    [InlineData("sMACYWSMjhBVj9VY7X6HTkULJme1P6vsAeAxVpk0Zlg=")]
    [InlineData("not-configured-but-a-real-password")]
    public void A_real_value_is_configured(string value) =>
        Assert.True(SecretSetting.IsConfigured(value));

    [Fact]
    public void Only_the_reference_literal_counts_as_unresolved()
    {
        Assert.True(SecretSetting.IsUnresolvedKeyVaultReference("@Microsoft.KeyVault(VaultName=v;SecretName=s)"));
        Assert.False(SecretSetting.IsUnresolvedKeyVaultReference("a value that mentions @Microsoft.KeyVault("));
        Assert.False(SecretSetting.IsUnresolvedKeyVaultReference(null));
    }
}
