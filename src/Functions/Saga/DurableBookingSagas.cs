using AppointmentBooking.Functions.Application.Bookings;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AppointmentBooking.Functions.Saga;

/// <summary>
/// The booking sagas through a Durable Task client: the one the Functions host binds into a function
/// (<c>[DurableClient]</c>), or the in-process host's. An event is raised only for an instance that is
/// running: Azure drops events for unknown instances, and the in-process host spins on them.
/// </summary>
public sealed class DurableBookingSagas(DurableTaskClient client, SagaOptions options) : IBookingSagas
{
    public async Task StartAsync(BookingSagaStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var input = new SagaInput(start.TenantId, start.BookingId, start.HoldExpiresAt?.ToDateTimeUtc(), options.FirstRetrySeconds, options.MaxAttempts);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(BookingSaga), input, OncePerBooking(start.BookingId), cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Another start of the same booking (a queue redelivery, a payment that arrived first) got there before: the saga runs once.
        }
    }

    public async Task<bool> TryClearHoldAsync(string bookingId, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(bookingId, cancellationToken) is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
        {
            return false;
        }

        await client.RaiseEventAsync(bookingId, SagaEvents.HoldCleared, true, cancellationToken);
        return true;
    }

    /// <summary>
    /// A start that finds the booking's saga in any state is refused by the backend itself: a check before
    /// scheduling would leave a window in which a second start replaces the running saga and loses its events.
    /// </summary>
    private static StartOrchestrationOptions OncePerBooking(string bookingId) =>
        new StartOrchestrationOptions(bookingId).WithDedupeStatuses([.. StartOrchestrationOptionsExtensions.ValidDedupeStatuses]);

    public async Task<string?> StepAsync(string bookingId, CancellationToken cancellationToken) =>
        (await client.GetInstanceAsync(bookingId, getInputsAndOutputs: true, cancellationToken))?.ReadCustomStatusAs<SagaStep>()?.Step;
}
