using AppointmentBooking.Functions.Application.Notifications;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Timers;

/// <summary>Queues a reminder scan per active tenant, on the schedule in <c>Reminders:Schedule</c> (UTC; tenant-local times are computed in code).</summary>
public sealed class Reminders(QueueReminderScans queue)
{
    public const string ScheduleSetting = "%Reminders:Schedule%";

    [Function(nameof(QueueReminderScans))]
    public Task QueueReminderScans([TimerTrigger(ScheduleSetting)] TimerInfo timer, CancellationToken cancellationToken) =>
        queue.ExecuteAsync(cancellationToken);
}
