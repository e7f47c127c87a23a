using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Messaging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// One tenant's reminders: one single-partition query for the confirmed bookings starting within the
/// longest lead, then for each booking that has a reminder due, the reminder's marks and messages are
/// written into the booking under its version (ETag) and sent from its outbox. Two runs racing for a
/// booking cannot both win that write, and the loser reads the marks, so each reminder goes out once.
/// A timer run that never happened is caught up by the next: a reminder stays due until the start.
/// </summary>
public sealed class ScanReminders(
    IAppointmentRepository appointments, INotificationSettingsStore settings, AppointmentChanges changes, OutboxDispatcher outbox,
    IOptions<ReminderOptions> options, IClock clock)
{
    /// <summary>Returns how many reminders were queued.</summary>
    public async Task<int> ExecuteAsync(string tenantId, CancellationToken cancellationToken)
    {
        var leads = options.Value.Leads();
        var quietHours = (await settings.FindAsync(tenantId, cancellationToken))?.QuietHours ?? QuietHours.Default;
        var now = clock.GetCurrentInstant();
        var queued = 0;
        foreach (var appointment in await appointments.ListConfirmedStartingAsync(tenantId, now, now + leads[0], cancellationToken))
        {
            if (ReminderSchedule.Plan(appointment, leads, quietHours, now).Marks.Count == 0)
            {
                continue;
            }

            var sent = 0;
            var transition = await changes.ApplyAsync(tenantId, appointment.Id, current =>
            {
                var plan = ReminderSchedule.Plan(current, leads, quietHours, now);
                sent = plan.Send.Count;
                return current.RecordReminders(plan.Marks, plan.Send.Select(r => NotificationPlanner.Reminder(current, r, now)));
            }, cancellationToken);
            if (transition is AppointmentTransition.Changed { Appointment: var reminded })
            {
                queued += sent;
                await outbox.DispatchAsync(reminded, cancellationToken);
            }
        }

        return queued;
    }
}
