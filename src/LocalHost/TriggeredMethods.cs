using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.LocalHost;

/// <summary>Finds the [Function] methods of an assembly by their trigger, reading the same attributes the Worker SDK reads.</summary>
public static class TriggeredMethods
{
    public static IReadOnlyList<TriggeredMethod<TTrigger>> Discover<TTrigger>(Assembly assembly)
        where TTrigger : Attribute =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<TTrigger>()).FirstOrDefault(t => t is not null)
            where function is not null && trigger is not null
            select new TriggeredMethod<TTrigger>(function.Name, type, method, trigger)];
}
