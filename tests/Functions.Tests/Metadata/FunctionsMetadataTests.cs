using System.Text.Json;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Http.Routing;
using AppointmentBooking.Functions.Tests.Configuration;
using AppointmentBooking.LocalHost.Timers;

namespace AppointmentBooking.Functions.Tests.Metadata;

/// <summary>
/// Guards the rules of the real Functions host, which the local host does not enforce, against the
/// published functions.metadata: what works locally must also load in Azure.
/// </summary>
[Collection(PublishedApp.Name)]
public sealed partial class FunctionsMetadataTests(PublishedFunctionsApp published)
{
    private static readonly string[] ReservedRouteStarts = ["admin", "runtime"];

    [Fact]
    public void Metadata_lists_every_declared_function_with_its_trigger_type()
    {
        var declared = DeclaredFunction.In(typeof(Health).Assembly).OrderBy(f => f.Name).ToList();
        var publishedFunctions = published.Functions
            .Select(f => new DeclaredFunction(f.GetProperty("name").GetString()!, TriggerTypeOf(f)))
            .OrderBy(f => f.Name)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, publishedFunctions);
    }

    [Theory]
    [InlineData("BookingSaga", "orchestrationTrigger")]
    [InlineData("SagaConfirm", "activityTrigger")]
    [InlineData("SagaRequestDeposit", "activityTrigger")]
    [InlineData("SagaCheckDeposit", "activityTrigger")]
    [InlineData("SagaExpire", "activityTrigger")]
    [InlineData("SagaSyncCalendar", "activityTrigger")]
    [InlineData("SagaUndo", "activityTrigger")]
    [InlineData("SagaRefund", "activityTrigger")]
    [InlineData("SagaAnnounce", "activityTrigger")]
    [InlineData("ReceivePaymentWebhook", "httpTrigger", "durableClient")]
    [InlineData("GetBooking", "httpTrigger", "durableClient")]
    [InlineData("StartBookingSaga", "queueTrigger", "durableClient")]
    [InlineData("RefundDeposits", "queueTrigger")]
    public void The_saga_and_its_webhook_are_published_with_their_durable_bindings(string name, params string[] bindingTypes)
    {
        var function = Assert.Single(published.Functions, f => f.GetProperty("name").GetString() == name);
        var types = function.GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();

        Assert.All(bindingTypes, type => Assert.Contains(type, types));
    }

    [Fact]
    public void Function_names_are_unique_and_valid_for_the_host()
    {
        var names = published.Functions.Select(f => f.GetProperty("name").GetString()!).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.Matches(FunctionName(), name));
        Assert.All(names, name => Assert.DoesNotContain(ReservedRouteStarts, r => name.StartsWith(r, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Http_routes_avoid_reserved_prefixes_and_never_repeat_a_route_and_method()
    {
        var routes = published.HttpRoutes().ToList();

        Assert.All(routes, r => Assert.DoesNotContain(ReservedRouteStarts, p => r.Route.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        var pairs = routes.SelectMany(r => r.Methods.Select(m => $"{m.ToUpperInvariant()} {r.Route.ToLowerInvariant()}")).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void Queue_names_are_valid_and_leave_room_for_the_poison_suffix()
    {
        var queues = Bindings("queueTrigger", "queue").Select(b => b.GetProperty("queueName").GetString()!);

        Assert.All(queues, queue =>
        {
            Assert.Matches(QueueName(), queue);
            Assert.InRange((queue + "-poison").Length, 3, 63);
        });
    }

    [Fact]
    public void Timer_schedules_are_six_field_ncrontab_expressions_in_every_configuration()
    {
        var schedules = Bindings("timerTrigger").Select(b => b.GetProperty("schedule").GetString()!).ToList();

        Assert.NotEmpty(schedules);
        Assert.All(schedules, schedule =>
        {
            var expression = schedule is ['%', .. var key, '%'] ? DeclaredSettings.LocalSampleValue(key) : schedule;
            Assert.Equal(6, expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.NotNull(TimerSchedule.Parse(schedule, DeclaredSettings.LocalSampleConfiguration));
        });
    }

    [Fact]
    public void Host_json_keeps_the_api_route_prefix()
    {
        var prefix = published.HostJson.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();

        Assert.Equal(HttpFunction.RoutePrefix, prefix);
    }

    [Fact]
    public void Local_host_serves_exactly_the_published_http_routes()
    {
        var local = HttpFunction.Discover(typeof(Health).Assembly)
            .Select(f => $"{f.Name} {f.Route} {string.Join(',', f.HttpMethods.Order())}")
            .Order();
        var publishedRoutes = published.HttpRoutes()
            .Select(r => $"{r.Name} {r.Route} {string.Join(',', r.Methods.Select(m => m.ToUpperInvariant()).Order())}")
            .Order();

        Assert.Equal(publishedRoutes, local);
    }

    private IEnumerable<JsonElement> Bindings(params string[] types) =>
        published.Functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => types.Contains(b.GetProperty("type").GetString()));

    private static string TriggerTypeOf(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("type").GetString()!)
            .Single(type => type.EndsWith("Trigger", StringComparison.Ordinal));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex FunctionName();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")]
    private static partial Regex QueueName();
}
