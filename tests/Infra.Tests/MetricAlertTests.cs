using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>
/// Azure Monitor refuses a metric alert whose aggregation the metric does not support, and the
/// deployment fails with it. Each metric an alert may use is listed with the aggregations its
/// reference page allows (https://learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/metrics-index).
/// </summary>
public class MetricAlertTests
{
    // A new metric alert adds its metric here, with the aggregations of its reference page.
    private static readonly Dictionary<(string Namespace, string Metric), string[]> AllowedAggregations = new()
    {
        // microsoft-storage-storageaccounts-queueservices-metrics: a capacity metric, Average only
        // (and refreshed once a day, which is why the queue alerts read StorageQueueLogs instead).
        [("Microsoft.Storage/storageAccounts/queueServices", "QueueMessageCount")] = ["Average"],
    };

    /// <summary>"namespace/metric: aggregation" for every static criterion the table does not allow.</summary>
    private static List<string> Violations(IEnumerable<JsonNode> metricAlerts) =>
        (from alert in metricAlerts
         let criteria = alert["properties"]!["criteria"]!
         where (string?)criteria["odata.type"] != "Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria"
         from criterion in criteria["allOf"]!.AsArray().OfType<JsonNode>()
         let key = ((string)criterion["metricNamespace"]!, (string)criterion["metricName"]!)
         let aggregation = (string)criterion["timeAggregation"]!
         where !AllowedAggregations.TryGetValue(key, out var allowed) || !allowed.Contains(aggregation)
         select $"{key.Item1}/{key.Item2}: {aggregation}").ToList();

    public static TheoryData<bool> Variants => [false, true];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_metric_alert_uses_an_aggregation_its_metric_supports(bool vnetEnabled)
    {
        var alerts = (vnetEnabled ? Deployment.Private : Deployment.Public).OfType("Microsoft.Insights/metricAlerts");

        Assert.NotEmpty(alerts);
        Assert.Empty(Violations(alerts));
    }

    [Theory]
    [InlineData("Minimum", false)]
    [InlineData("Maximum", false)]
    [InlineData("Average", true)]
    public void The_queue_backlog_rule_that_broke_deployments_is_refused_and_its_fix_accepted(string aggregation, bool accepted)
    {
        var rule = JsonNode.Parse($$"""
            {
              "properties": {
                "criteria": {
                  "odata.type": "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
                  "allOf": [
                    {
                      "metricNamespace": "Microsoft.Storage/storageAccounts/queueServices",
                      "metricName": "QueueMessageCount",
                      "timeAggregation": "{{aggregation}}"
                    }
                  ]
                }
              }
            }
            """)!;

        Assert.Equal(accepted, Violations([rule]).Count == 0);
    }

    [Fact]
    public void A_metric_missing_from_the_table_is_refused_until_its_aggregations_are_looked_up()
    {
        var unknown = JsonNode.Parse("""
            {"properties":{"criteria":{"allOf":[{"metricNamespace":"Microsoft.Web/sites","metricName":"Http5xx","timeAggregation":"Total"}]}}}
            """)!;

        Assert.Single(Violations([unknown]));
    }
}
