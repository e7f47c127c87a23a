using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using NCrontab;

namespace AppointmentBooking.LocalHost.Timers;

/// <summary>A timer-triggered [Function] method and its schedule, as the host would read them.</summary>
public sealed record TimerFunction(string Name, Type FunctionClass, MethodInfo Method, string Schedule)
{
    public static IReadOnlyList<TimerFunction> Discover(Assembly assembly) =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).FirstOrDefault(t => t is not null)
            where function is not null && trigger is not null
            select new TimerFunction(function.Name, type, method, trigger.Schedule)];

    /// <summary>
    /// The six-field NCRONTAB schedule, with a <c>%Setting%</c> expression resolved the way the host
    /// resolves app settings.
    /// </summary>
    public static CrontabSchedule ParseSchedule(string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule is ['%', .. var key, '%']
            ? configuration[key] ?? throw new InvalidOperationException($"Setting '{key}' holds no timer schedule.")
            : schedule;
        return CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }

    public Task InvokeAsync(IServiceProvider services, TimerInfo timer, CancellationToken cancellationToken)
    {
        var instance = ActivatorUtilities.GetServiceOrCreateInstance(services, FunctionClass);
        var arguments = Method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : (object)timer)
            .ToArray();
        return (Task)Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)!;
    }
}
