using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace AppointmentBooking.LocalHost.Saga;

/// <summary>
/// An [ActivityTrigger] function run by the in-process Durable Task worker: a new instance of its class
/// from the app's container per run, called with the activity's input, as the Functions host would.
/// </summary>
internal sealed class FunctionActivity(TriggeredMethod<ActivityTriggerAttribute> function, IServiceProvider services) : ITaskActivity
{
    public Type InputType => function.Method.GetParameters().Single(p => p.IsDefined(typeof(ActivityTriggerAttribute), false)).ParameterType;

    public Type OutputType => function.Method.ReturnType.IsGenericType ? function.Method.ReturnType.GetGenericArguments()[0] : typeof(object);

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        using var scope = services.CreateScope();
        FunctionScope.Enter(function.Name);
        var run = function.InvokeAsync(scope.ServiceProvider, input!, CancellationToken.None);
        await run;
        return function.Method.ReturnType.IsGenericType ? run.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(run) : null;
    }
}
