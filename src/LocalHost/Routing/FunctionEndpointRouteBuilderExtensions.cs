using System.Reflection;
using AppointmentBooking.Functions.Http.Routing;

namespace AppointmentBooking.LocalHost.Routing;

internal static class FunctionEndpointRouteBuilderExtensions
{
    /// <summary>Maps every HTTP function of the assembly under <c>/api</c>, with its own route and methods.</summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints, Assembly assembly)
    {
        foreach (var function in HttpFunction.Discover(assembly))
        {
            var invoker = new FunctionInvoker(function);
            endpoints.MapMethods($"/{HttpFunction.RoutePrefix}/{function.Route}", function.HttpMethods, invoker.InvokeAsync)
                .WithName(function.Name);
        }

        return endpoints;
    }
}
