using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.LocalHost.Queues;

/// <summary>A queue-triggered [Function] method taking the message as a string, as the host would bind it.</summary>
public sealed record QueueFunction(string Name, Type FunctionClass, MethodInfo Method, string QueueName)
{
    public static IReadOnlyList<QueueFunction> Discover(Assembly assembly) =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).FirstOrDefault(t => t is not null)
            where function is not null && trigger is not null
            select new QueueFunction(function.Name, type, method, trigger.QueueName)];

    public Task InvokeAsync(IServiceProvider services, string message, CancellationToken cancellationToken)
    {
        var instance = ActivatorUtilities.GetServiceOrCreateInstance(services, FunctionClass);
        var arguments = Method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : (object)message)
            .ToArray();
        return (Task)Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)!;
    }
}
