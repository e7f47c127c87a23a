using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>vnetEnabled = true: the data services are reachable only through private endpoints.</summary>
public class PrivateNetworkTests
{
    private static readonly string[] DataServices =
    [
        "Microsoft.Storage/storageAccounts",
        "Microsoft.DocumentDB/databaseAccounts",
        "Microsoft.KeyVault/vaults",
    ];

    private static (string Service, string GroupId) Link(JsonNode endpoint)
    {
        var connection = endpoint["properties"]!["privateLinkServiceConnections"]![0]!["properties"]!;
        var service = ((string)connection["privateLinkServiceId"]!).Split("/providers/")[1];
        return (service[..service.LastIndexOf('/')], (string)connection["groupIds"]![0]!);
    }

    [Fact]
    public void Private_variant_compiles_with_an_endpoint_for_blob_queue_table_cosmos_and_key_vault()
    {
        var snapshot = Deployment.Private;

        Assert.Equal(0, snapshot.ExitCode);
        Assert.Empty(snapshot.Json!["diagnostics"]!.AsArray());
        var links = snapshot.OfType("Microsoft.Network/privateEndpoints").Select(Link).Order().ToList();
        Assert.Equal(
            [
                ("Microsoft.DocumentDB/databaseAccounts", "Sql"),
                ("Microsoft.KeyVault/vaults", "vault"),
                ("Microsoft.Storage/storageAccounts", "blob"),
                ("Microsoft.Storage/storageAccounts", "queue"),
                ("Microsoft.Storage/storageAccounts", "table"),
            ],
            links);
    }

    [Fact]
    public void Every_private_endpoint_registers_in_a_private_dns_zone_linked_to_the_network()
    {
        var snapshot = Deployment.Private;
        var zones = snapshot.OfType("Microsoft.Network/privateDnsZones").Select(z => (string)z["name"]!).ToList();

        Assert.Equal(5, snapshot.OfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups").Count);
        Assert.Equal(5, zones.Distinct().Count());
        Assert.Contains("privatelink.documents.azure.com", zones);
        Assert.All(new[] { "blob", "queue", "table" }, service => Assert.Contains(zones, z => z.Contains($"privatelink.{service}.", StringComparison.Ordinal)));
        Assert.Contains(zones, z => z.Contains("vaultcore", StringComparison.Ordinal));
        Assert.All(
            snapshot.OfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"),
            link => Assert.EndsWith("/virtualNetworks/vnet-" + ResourceToken(snapshot), (string)link["properties"]!["virtualNetwork"]!["id"]!, StringComparison.Ordinal));
    }

    [Fact]
    public void Function_app_integrates_with_the_subnet_delegated_to_flex_consumption()
    {
        var snapshot = Deployment.Private;
        var subnets = snapshot.Single("Microsoft.Network/virtualNetworks")["properties"]!["subnets"]!.AsArray();
        var delegated = Assert.Single(subnets, s => s!["properties"]!["delegations"] is JsonArray { Count: > 0 })!;
        var site = snapshot.Single("Microsoft.Web/sites");

        Assert.Equal("Microsoft.App/environments", (string?)delegated["properties"]!["delegations"]![0]!["properties"]!["serviceName"]);
        Assert.EndsWith("/subnets/" + (string)delegated["name"]!, (string)site["properties"]!["virtualNetworkSubnetId"]!, StringComparison.Ordinal);
        Assert.All(subnets, s => Assert.DoesNotContain('_', (string)s!["name"]!));
    }

    [Theory]
    [InlineData(true, "Disabled")]
    [InlineData(false, "Enabled")]
    public void Data_services_have_public_network_access_only_in_the_public_variant(bool vnetEnabled, string expected)
    {
        var snapshot = vnetEnabled ? Deployment.Private : Deployment.Public;

        Assert.All(DataServices, type => Assert.Equal(expected, (string?)snapshot.Single(type)["properties"]!["publicNetworkAccess"]));
    }

    [Fact]
    public void Public_variant_creates_no_network_and_no_endpoint()
    {
        var snapshot = Deployment.Public;

        Assert.Empty(snapshot.OfType("Microsoft.Network/virtualNetworks"));
        Assert.Empty(snapshot.OfType("Microsoft.Network/privateEndpoints"));
        Assert.Empty(snapshot.OfType("Microsoft.Network/privateDnsZones"));
        Assert.Null(snapshot.Single("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]);
    }

    private static string ResourceToken(BicepSnapshot snapshot) =>
        ((string)snapshot.Single("Microsoft.Web/sites")["name"]!)["func-".Length..];
}
