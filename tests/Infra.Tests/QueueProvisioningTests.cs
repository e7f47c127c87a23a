using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Queues;

namespace AppointmentBooking.Infra.Tests;

/// <summary>The queues the code uses and the queues `azd up` creates are one list: infra/queues.json.</summary>
public partial class QueueProvisioningTests
{
    private static List<string> QueuesJson() =>
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(Repository.Infra, "queues.json")))!;

    /// <summary>Every public string constant of QueueNames except the poison suffix is a queue name.</summary>
    private static List<string> QueuesInCode() =>
        typeof(QueueNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name != nameof(QueueNames.PoisonSuffix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void Queue_names_in_code_are_exactly_the_queues_json_list() =>
        Assert.Equal(QueuesJson().Order(), QueuesInCode().Order());

    [Fact]
    public void Deployment_creates_the_queues_json_list_and_no_other_queue()
    {
        var provisioned = Deployment.Public.OfType("Microsoft.Storage/storageAccounts/queueServices/queues")
            .Select(q => ((string)q["name"]!).Split('/')[^1])
            .Order();

        Assert.Equal(QueuesJson().Order(), provisioned);
    }

    [Fact]
    public void Queue_names_leave_room_for_the_poison_suffix() =>
        Assert.All(QueuesJson(), q => Assert.Matches(QueueName(), q + QueueNames.PoisonSuffix));

    [Fact]
    public void Queue_backlog_alert_watches_the_queues_json_list()
    {
        var backlog = Assert.Single(
            Deployment.Public.OfType("Microsoft.Insights/scheduledQueryRules"),
            r => ((string)r["name"]!).EndsWith("-queue-backlog", StringComparison.Ordinal));
        var query = (string)backlog["properties"]!["criteria"]!["allOf"]![0]!["query"]!;

        Assert.Contains($"let appQueues = dynamic({JsonSerializer.Serialize(QueuesJson())});", query, StringComparison.Ordinal);
    }

    // 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QueueName();
}
