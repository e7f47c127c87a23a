using System.Diagnostics.CodeAnalysis;

namespace AppointmentBooking.Functions.Infrastructure.Configuration;

/// <summary>
/// Secrets reach the app as app settings that are Key Vault references. When App Service cannot
/// resolve a reference (secret missing, identity not yet granted) it passes the reference text on
/// unchanged (https://learn.microsoft.com/azure/app-service/app-service-key-vault-references),
/// and the deploy hook (infra/hooks/postprovision.sh) stores <see cref="Placeholder"/> for every
/// gateway nobody has set up yet. Both mean "not configured": never a key to sign or call with.
/// </summary>
public static class SecretSetting
{
    /// <summary>The value the deploy hook gives a gateway secret until the operator sets the real one.</summary>
    public const string Placeholder = "not-configured";

    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>True only for a real value: not empty, not the placeholder, not an unresolved reference.</summary>
    public static bool IsConfigured([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !string.Equals(value.Trim(), Placeholder, StringComparison.Ordinal)
        && !IsUnresolvedKeyVaultReference(value);

    /// <summary>The literal <c>@Microsoft.KeyVault(...)</c> text that App Service leaves when resolution fails.</summary>
    public static bool IsUnresolvedKeyVaultReference(string? value) =>
        value is not null && value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase);
}
