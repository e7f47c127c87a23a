using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Saga;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Testing;

namespace AppointmentBooking.LocalHost.Saga;

/// <summary>
/// Runs the booking saga in-process (Microsoft.DurableTask.InProcessTestHost), where Azure runs it on
/// the Durable Functions extension: the same orchestrator body and the same activity functions.
/// State lives in memory, so sagas do not survive a restart of the local host.
/// </summary>
internal static class InProcessSagas
{
    public static IServiceCollection AddInProcessSagas(this IServiceCollection services) =>
        services.AddInMemoryDurableTask(registry =>
        {
            registry.AddOrchestratorFunc<SagaInput, SagaStep>(nameof(BookingSaga), (context, input) => BookingSaga.Orchestrate(context, input));
            foreach (var activity in TriggeredMethods.Discover<ActivityTriggerAttribute>(typeof(Health).Assembly))
            {
                registry.AddActivity(activity.Name, provider => new FunctionActivity(activity, provider));
            }
        });
}
