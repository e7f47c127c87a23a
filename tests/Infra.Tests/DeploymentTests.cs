using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>What `azd up` on an empty subscription creates, evaluated from infra/main.bicep.</summary>
public class DeploymentTests
{
    private static readonly Lazy<JsonObject> MainParameters = new(() =>
        BicepCli.Template("main.bicep")["parameters"]!.AsObject());

    public static TheoryData<bool> Variants => [false, true];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_tagged_resource_carries_the_azd_environment_the_application_and_the_environment(bool vnetEnabled)
    {
        var tagged = (vnetEnabled ? Deployment.Private : Deployment.Public).Resources.Where(r => r["tags"] is not null).ToList();

        Assert.True(tagged.Count > 15, $"only {tagged.Count} tagged resources");
        Assert.All(tagged, resource =>
        {
            var tags = resource["tags"]!;
            Assert.Equal("booking-test", (string?)tags["azd-env-name"]);
            Assert.Equal("appointment-booking", (string?)tags["application"]);
            Assert.Equal("booking-test", (string?)tags["environment"]);
        });
    }

    [Theory]
    [InlineData("Microsoft.KeyVault/vaults", "AuditEvent")]
    [InlineData("Microsoft.DocumentDB/databaseAccounts", "DataPlaneRequests")]
    [InlineData("Microsoft.Storage/storageAccounts/queueServices", "StorageWrite")]
    [InlineData("Microsoft.Storage/storageAccounts/queueServices", "StorageDelete")]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices", "StorageWrite")]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices", "StorageDelete")]
    public void Diagnostic_settings_send_the_log_category_to_log_analytics(string resourceType, string category)
    {
        var snapshot = Deployment.Public;
        var workspace = (string)snapshot.Single("Microsoft.OperationalInsights/workspaces")["id"]!;
        var target = (string)snapshot.Single(resourceType)["id"]!;

        var setting = Assert.Single(
            snapshot.OfType("Microsoft.Insights/diagnosticSettings"),
            s => string.Equals((string?)s["id"], $"{target}/providers/Microsoft.Insights/diagnosticSettings/{s["name"]}", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(workspace, (string?)setting["properties"]!["workspaceId"]);
        Assert.Contains(
            setting["properties"]!["logs"]!.AsArray(),
            log => (string?)log!["category"] == category && (bool)log["enabled"]!);
    }

    [Fact]
    public void Region_is_restricted_to_flex_consumption_regions()
    {
        var allowed = MainParameters.Value["location"]!["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

        Assert.Contains(Deployment.Region, allowed);
        Assert.DoesNotContain("francesouth", allowed);
        var refused = Deployment.Evaluate(vnetEnabled: false, region: "francesouth");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("BCP033", refused.Errors, StringComparison.Ordinal);
        Assert.Null(refused.Json);
    }

    [Fact]
    public void Principal_type_comes_from_azd_and_shapes_the_deployer_role_assignments()
    {
        var principalType = MainParameters.Value["principalType"]!;
        var deployerAssignments = Deployment.Public.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => (string?)a["properties"]!["principalId"] == "11111111-1111-1111-1111-111111111111")
            .ToList();

        Assert.Null(principalType["defaultValue"]);
        Assert.Equal(["User", "ServicePrincipal"], principalType["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("${AZURE_PRINCIPAL_TYPE}", (string?)ParametersFile()["principalType"]!["value"]);
        Assert.NotEmpty(deployerAssignments);
        Assert.All(deployerAssignments, a => Assert.Equal("ServicePrincipal", (string?)a["properties"]!["principalType"]));
    }

    [Fact]
    public void Flex_consumption_app_sets_no_deprecated_site_setting_and_keeps_a_durable_instance_ready()
    {
        var site = Deployment.Public.Single("Microsoft.Web/sites")["properties"]!;
        var alwaysReady = Assert.Single(site["functionAppConfig"]!["scaleAndConcurrency"]!["alwaysReady"]!.AsArray())!;

        Assert.Null(site["siteConfig"]!["ftpsState"]);
        Assert.Equal("durable", (string?)alwaysReady["name"]);
        Assert.Equal(1, (int?)alwaysReady["instanceCount"]);
    }

    [Fact]
    public void Vnet_variant_is_an_azd_parameter_that_defaults_to_public()
    {
        Assert.False((bool)MainParameters.Value["vnetEnabled"]!["defaultValue"]!);
        Assert.Equal("${VNET_ENABLED=false}", (string?)ParametersFile()["vnetEnabled"]!["value"]);
    }

    private static JsonNode ParametersFile() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "main.parameters.json")))!["parameters"]!;
}
