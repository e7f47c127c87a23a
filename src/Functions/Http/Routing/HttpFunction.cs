using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Routing;

/// <summary>
/// An HTTP-triggered [Function] method as the Functions host would see it. The local host maps
/// these and the OpenAPI document describes them, so both follow the attributes the Worker SDK reads.
/// </summary>
public sealed record HttpFunction(string Name, Type FunctionClass, MethodInfo Method, string Route, IReadOnlyList<string> HttpMethods)
{
    public const string RoutePrefix = "api";

    private static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>Every HTTP function of an assembly, read from the same attributes the Worker SDK reads.</summary>
    public static IReadOnlyList<HttpFunction> Discover(Assembly assembly) =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
            where function is not null && trigger is not null
            select new HttpFunction(
                function.Name,
                type,
                method,
                trigger.Route ?? function.Name,
                trigger.Methods is { Length: > 0 } methods ? [.. methods.Select(m => m.ToUpperInvariant())] : AllMethods)];
}
