using AppointmentBooking.Functions.Application.Messaging;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Timers;

/// <summary>Resends outbox messages that stayed unacknowledged, on the schedule in <c>Outbox:RelaySchedule</c> (UTC).</summary>
public sealed class Outbox(OutboxRelay relay)
{
    public const string ScheduleSetting = "%Outbox:RelaySchedule%";

    [Function(nameof(RelayOutbox))]
    public Task RelayOutbox([TimerTrigger(ScheduleSetting)] TimerInfo timer, CancellationToken cancellationToken) =>
        relay.RelayAsync(cancellationToken);
}
