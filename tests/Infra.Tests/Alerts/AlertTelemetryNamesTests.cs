using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests.Alerts;

/// <summary>
/// Every alert over Application Insights matches rows that the app's OpenTelemetry pipeline really
/// writes: the table, each customDimensions key and value it filters on, each event name and each
/// column it reads. An alert that queries the Application Insights SDK's names (Category,
/// prop__state) instead of the OpenTelemetry export's (CategoryName, state) fails here, not silently
/// in production.
/// </summary>
public class AlertTelemetryNamesTests
{
    // Application Insights table -> envelope base type, and column -> baseData field
    // (https://learn.microsoft.com/azure/azure-monitor/app/data-model-complete).
    private static readonly Dictionary<string, (string BaseType, Dictionary<string, string> Columns)> Tables = new(StringComparer.Ordinal)
    {
        ["requests"] = ("RequestData", new() { ["resultCode"] = "responseCode", ["duration"] = "duration", ["url"] = "url", ["name"] = "name", ["success"] = "success" }),
        ["traces"] = ("MessageData", new() { ["message"] = "message", ["severityLevel"] = "severityLevel" }),
        ["customEvents"] = ("EventData", new() { ["name"] = "name" }),
    };

    private static readonly string[] ApplicationInsightsRules =
    [
        "sev1-5xx-rate",
        "sev2-failed-orchestrations",
        "sev2-webhook-signature-rejections",
        "sev3-p95-latency",
    ];

    public static TheoryData<string> Rules => [.. ApplicationInsightsRules];

    private static AppTelemetryRun Telemetry => AppTelemetryRun.Once.Value;

    private static List<JsonNode> RulesOnApplicationInsights() =>
        Deployment.Public.OfType("Microsoft.Insights/scheduledQueryRules")
            .Where(r => ((string)r["properties"]!["scopes"]![0]!).Contains("/Microsoft.Insights/components/", StringComparison.Ordinal))
            .ToList();

    private static AlertQuery Query(string rule)
    {
        var resource = Assert.Single(RulesOnApplicationInsights(), r => ((string)r["name"]!).EndsWith("-" + rule, StringComparison.Ordinal));
        return new AlertQuery(rule, (string)resource["properties"]!["criteria"]!["allOf"]![0]!["query"]!);
    }

    [Fact]
    public void Every_rule_over_application_insights_is_checked_here()
    {
        var deployed = RulesOnApplicationInsights().Select(r => (string)r["name"]!).ToList();

        Assert.Equal(ApplicationInsightsRules.Length, deployed.Count);
        Assert.All(ApplicationInsightsRules, rule => Assert.Contains(deployed, name => name.EndsWith("-" + rule, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Alert_query_matches_a_row_the_exporter_writes(string rule)
    {
        var query = Query(rule);
        Assert.True(Tables.TryGetValue(query.Table, out var table), $"{rule}: table {query.Table} has no column map here; add it");
        var rows = Telemetry.Envelopes.Where(e => (string?)e["data"]?["baseType"] == table.BaseType).Select(e => e["data"]!["baseData"]!).ToList();
        Assert.True(rows.Count > 0, $"{rule}: the pipeline exported no {table.BaseType} ({query.Table})");

        var matching = rows.Where(row => Matches(row, query, table.Columns)).ToList();

        Assert.True(
            matching.Count > 0,
            $"{rule}: no exported {query.Table} row has {Describe(query, table.Columns)}; exported: "
            + string.Join(" | ", rows.Select(r => r.ToJsonString())));
    }

    [Fact]
    public void Failed_orchestration_alert_reads_the_open_telemetry_names_not_the_sdk_names()
    {
        var query = Query("sev2-failed-orchestrations");

        Assert.DoesNotContain(query.Dimensions, d => d.Name.StartsWith("prop__", StringComparison.Ordinal) || d.Name == "Category");
        Assert.Contains(("CategoryName", DurableExtensionLog.Category), query.Dimensions);
    }

    [Fact]
    public void In_memory_exporter_sees_the_durable_failure_with_its_placeholders_after_redaction()
    {
        var log = Assert.Single(Telemetry.Logs, l => l.CategoryName == DurableExtensionLog.Category);

        Assert.Equal("Orchestrator", log.Attributes["functionType"]);
        Assert.Equal("Failed", log.Attributes["runtimeStatus"]);
        Assert.Equal("payer [email] declined", log.Attributes["reason"]);
        Assert.DoesNotContain(Telemetry.Envelopes, e => e.ToJsonString().Contains("ann@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_track_endpoint_is_called() =>
        Assert.Empty(Telemetry.OtherIngestionCalls);

    private static bool Matches(JsonNode row, AlertQuery query, Dictionary<string, string> columns)
    {
        var properties = row["properties"] as JsonObject;
        return query.Dimensions.All(d => properties?[d.Name] is JsonValue value && (d.Value is null || (string?)value == d.Value))
            && query.Names.All(name => (string?)row["name"] == name)
            && query.ColumnsOf(columns.Keys).All(column => row[columns[column]] is not null);
    }

    private static string Describe(AlertQuery query, Dictionary<string, string> columns) =>
        string.Join(", ", [
            .. query.Dimensions.Select(d => $"customDimensions.{d.Name}{(d.Value is null ? string.Empty : $" == \"{d.Value}\"")}"),
            .. query.Names.Select(n => $"name == \"{n}\""),
            .. query.ColumnsOf(columns.Keys).Select(c => $"column {c}"),
        ]);
}
