using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Messaging;

/// <summary>
/// Resends outbox messages nobody acknowledged within <see cref="GracePeriod"/>: those whose first send
/// failed, or whose consumer failed for good. Visits every active tenant with one single-partition
/// query each; consumers are idempotent, so a message sent twice does no harm.
/// </summary>
public sealed class OutboxRelay(ITenantDirectory directory, IAppointmentRepository appointments, OutboxDispatcher dispatcher, IClock clock)
{
    /// <summary>Long enough for a healthy consumer to acknowledge, so the relay resends only what is stuck.</summary>
    public static readonly Duration GracePeriod = Duration.FromMinutes(2);

    private const int TenantsAtOnce = 4;

    /// <summary>Resends what is overdue; returns how many bookings owed messages.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetCurrentInstant() - GracePeriod;
        var owing = 0;
        var tenants = await directory.ListActiveTenantIdsAsync(cancellationToken);
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = TenantsAtOnce, CancellationToken = cancellationToken },
            async (tenantId, token) =>
            {
                foreach (var appointment in await appointments.ListOwingMessagesAsync(tenantId, token))
                {
                    if (appointment.Outbox.Any(m => m.QueuedAt <= cutoff))
                    {
                        Interlocked.Increment(ref owing);
                        await dispatcher.DispatchAsync(appointment, token);
                    }
                }
            });
        return owing;
    }
}
