namespace AppointmentBooking.Infra.Tests;

/// <summary>
/// The two variants of infra/main.bicep a user can deploy, each evaluated once per test run with
/// the parameters azd passes (environment, region, the signed-in principal and its type).
/// </summary>
internal static class Deployment
{
    public const string Region = "southafricanorth";

    private static readonly Lazy<BicepSnapshot> PublicVariant = new(() => Evaluate(vnetEnabled: false));
    private static readonly Lazy<BicepSnapshot> PrivateVariant = new(() => Evaluate(vnetEnabled: true));

    /// <summary>vnetEnabled = false, the default.</summary>
    public static BicepSnapshot Public => PublicVariant.Value;

    /// <summary>vnetEnabled = true.</summary>
    public static BicepSnapshot Private => PrivateVariant.Value;

    public static BicepSnapshot Evaluate(bool vnetEnabled, string region = Region) =>
        BicepCli.Snapshot(
            region,
            "param environmentName = 'booking-test'",
            $"param location = '{region}'",
            "param principalId = '11111111-1111-1111-1111-111111111111'",
            "param principalType = 'ServicePrincipal'",
            $"param vnetEnabled = {(vnetEnabled ? "true" : "false")}");
}
