using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AppointmentBooking.Infra.Tests;

/// <summary>
/// host.json settings that Durable Functions and timers need on Flex Consumption, read where the
/// Functions host reads them (https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-azure-storage-provider#flex-consumption-plan).
/// </summary>
public partial class HostJsonTests
{
    private static readonly Lazy<JsonNode> Host = new(() => JsonNode.Parse(File.ReadAllText(Repository.PathOf("host.json")))!);

    private static JsonNode DurableTask => Host.Value["extensions"]!["durableTask"]!;

    private static JsonObject AppSettings => BicepCli.Template("app", "functions.bicep")["variables"]!["appSettings"]!.AsObject();

    // The notifications function records a failure on what it knows is the last attempt, so it must
    // count attempts as the host does.
    [Fact]
    public void Queue_retries_are_the_count_the_app_knows() =>
        Assert.Equal(Functions.Queues.QueueNames.MaxDequeueCount, (int)Host.Value["extensions"]!["queues"]!["maxDequeueCount"]!);

    [Fact]
    public void Task_hub_is_named_explicitly_with_a_valid_name() =>
        Assert.Matches(TaskHubName(), (string?)DurableTask["hubName"] ?? string.Empty);

    // Idle polling backs off to maxQueuePollingInterval (default 30 s), and a durable timer fires
    // only when its control queue is polled: Microsoft's Flex Consumption guidance is 10 s or less.
    [Fact]
    public void Durable_queues_are_polled_at_least_every_ten_seconds()
    {
        var interval = TimeSpan.Parse((string)DurableTask["storageProvider"]!["maxQueuePollingInterval"]!, CultureInfo.InvariantCulture);

        Assert.InRange(interval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Task_hub_storage_is_the_identity_based_host_connection_with_every_service_endpoint()
    {
        var connection = (string)DurableTask["storageProvider"]!["connectionName"]!;

        Assert.Equal("AzureWebJobsStorage", connection);
        Assert.Equal("managedidentity", (string?)AppSettings[$"{connection}__credential"]);
        Assert.All(
            new[] { "blob", "queue", "table" },
            service => Assert.True(AppSettings.ContainsKey($"{connection}__{service}ServiceUri"), $"{connection}__{service}ServiceUri is not set"));
        Assert.False(AppSettings.ContainsKey(connection), "a connection string would bypass the managed identity");
    }

    [Fact]
    public void Alerts_read_the_host_telemetry_exported_through_OpenTelemetry() =>
        Assert.Equal("OpenTelemetry", (string?)Host.Value["telemetryMode"]);

    // 3-45 characters, letters and digits only, starting with a letter
    // (https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-task-hubs#task-hub-names).
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex TaskHubName();
}
