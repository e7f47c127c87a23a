using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Tests.Metadata;

/// <summary>A [Function] method found by reflection, with the binding type its trigger should publish as.</summary>
public sealed record DeclaredFunction(string Name, string TriggerType)
{
    private static readonly Dictionary<string, string> TriggerTypes = new()
    {
        [nameof(HttpTriggerAttribute)] = "httpTrigger",
        ["QueueTriggerAttribute"] = "queueTrigger",
        ["TimerTriggerAttribute"] = "timerTrigger",
        ["OrchestrationTriggerAttribute"] = "orchestrationTrigger",
        ["ActivityTriggerAttribute"] = "activityTrigger",
        ["EntityTriggerAttribute"] = "entityTrigger",
    };

    public static IReadOnlyList<DeclaredFunction> In(Assembly assembly) =>
        [.. from type in assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            where function is not null
            select new DeclaredFunction(function.Name, TriggerOf(method))];

    private static string TriggerOf(MethodInfo method)
    {
        var triggers = method.GetParameters()
            .SelectMany(p => p.GetCustomAttributes())
            .Select(a => a.GetType().Name)
            .Where(TriggerTypes.ContainsKey)
            .ToList();
        Assert.True(triggers.Count == 1, $"{method.DeclaringType?.Name}.{method.Name} must have exactly one trigger.");
        return TriggerTypes[triggers[0]];
    }
}
