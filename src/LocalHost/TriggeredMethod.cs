using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AppointmentBooking.LocalHost;

/// <summary>
/// A [Function] method whose trigger parameter carries <typeparamref name="TTrigger"/>, found and
/// called the way the isolated worker does: a new instance of its class from DI, the trigger's value,
/// a Durable Task client where it asks for one, and the cancellation token.
/// </summary>
public sealed record TriggeredMethod<TTrigger>(string Name, Type FunctionClass, MethodInfo Method, TTrigger Trigger)
    where TTrigger : Attribute
{
    /// <summary>The type the trigger's parameter asks for (a queue message's text, or the whole message).</summary>
    public Type TriggerType => Method.GetParameters().First(p => p.IsDefined(typeof(TTrigger), false)).ParameterType;

    public Task InvokeAsync(IServiceProvider services, object triggerValue, CancellationToken cancellationToken)
    {
        var instance = ActivatorUtilities.GetServiceOrCreateInstance(services, FunctionClass);
        var arguments = Method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken
                : p.IsDefined(typeof(DurableClientAttribute), false) ? services.GetRequiredService<DurableTaskClient>()
                : triggerValue)
            .ToArray();
        return (Task)Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)!;
    }
}
