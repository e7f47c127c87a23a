using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>Checks on the compiled templates for the contracts the app code relies on.</summary>
public class ResourceShapeTests
{
    private static JsonNode Compile(params string[] path) => BicepCli.Template(path);

    // Resources are an array, or an object keyed by symbolic name when the template uses language version 2.0.
    private static IEnumerable<JsonNode> Resources(JsonNode template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonNode>(),
        JsonObject map => map.Select(p => p.Value).OfType<JsonNode>(),
        _ => [],
    };

    [Fact]
    public void Cosmos_container_is_partitioned_by_tenant_with_ttl_on_and_composite_indexes()
    {
        var container = Resources(Compile("core", "cosmos.bicep"))
            .Single(r => (string?)r["type"] == "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers");
        var resource = container["properties"]!["resource"]!;

        Assert.Equal("/tenantId", (string?)resource["partitionKey"]!["paths"]![0]);
        Assert.Equal(-1, (int?)resource["defaultTtl"]);
        var policy = resource["indexingPolicy"]!;
        Assert.Equal("/*", (string?)policy["excludedPaths"]![0]!["path"]);
        var included = policy["includedPaths"]!.AsArray().Select(p => (string?)p!["path"]).ToList();
        foreach (var field in new[] { "type", "start", "status", "holdExpiresAt", "createdAt", "staffId", "name", "displayName", "active", "outboxPending" })
        {
            Assert.Contains($"/{field}/?", included);
        }

        var composites = policy["compositeIndexes"]!.AsArray()
            .Select(c => string.Join(",", c!.AsArray().Select(p => $"{p!["path"]} {p["order"]}")))
            .ToList();
        Assert.Contains("/type ascending,/start ascending", composites);
        Assert.Contains("/type ascending,/createdAt descending", composites);
        // The management listing of bookings pages by (start, id): CosmosAppointmentQueries, CosmosContainerInitializer.
        Assert.Contains("/start ascending,/id ascending", composites);
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_flex_consumption()
    {
        var resources = Resources(Compile("app", "functions.bicep")).ToList();
        var plan = resources.Single(r => (string?)r["type"] == "Microsoft.Web/serverfarms");
        var site = resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
    }
}
