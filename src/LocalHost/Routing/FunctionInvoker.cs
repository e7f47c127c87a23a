using System.Reflection;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AppointmentBooking.LocalHost.Routing;

/// <summary>
/// Calls one HTTP function the way the isolated worker does: a new instance of its class from DI,
/// the request, route values by parameter name and the request's cancellation token.
/// </summary>
internal sealed class FunctionInvoker(HttpFunction function)
{
    private readonly Func<HttpContext, object?>[] binders = [.. function.Method.GetParameters().Select(CreateBinder)];

    public async Task InvokeAsync(HttpContext context)
    {
        FunctionScope.Enter(function.Name);
        try
        {
            var instance = function.Method.IsStatic
                ? null
                : ActivatorUtilities.GetServiceOrCreateInstance(context.RequestServices, function.FunctionClass);
            // Unwrapped, so a function's own exception reaches the problem mapping as the host would pass it.
            var result = await AwaitResultAsync(function.Method.Invoke(
                instance, BindingFlags.DoNotWrapExceptions, binder: null, [.. binders.Select(bind => bind(context))], culture: null));
            await ExecuteAsync(result, context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(function.Name);
            await ProblemMapper.ToResult(exception, logger).WriteAsync(context);
        }
    }

    private static Func<HttpContext, object?> CreateBinder(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        if (parameter.IsDefined(typeof(DurableClientAttribute), false))
        {
            return context => context.RequestServices.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(string))
        {
            var name = parameter.Name!;
            return context => context.GetRouteValue(name)?.ToString();
        }

        throw new NotSupportedException(
            $"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; " +
            "HTTP functions take HttpRequest, route strings, a [DurableClient] and CancellationToken.");
    }

    private static async Task<object?> AwaitResultAsync(object? returned)
    {
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static Task ExecuteAsync(object? result, HttpContext context) => result switch
    {
        IActionResult action => action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
        null => Task.CompletedTask,
        _ => throw new NotSupportedException($"HTTP functions return IActionResult; got {result.GetType().Name}."),
    };
}
