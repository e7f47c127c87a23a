using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// When a booking's reminders go out. For each lead (say 24 h and 2 h) and each channel the customer
/// has, the reminder is due from <c>start - lead</c> until the start, once: a run that comes late
/// (a missed timer) still sends it. A booking made after that moment gets no such reminder (its
/// confirmation just told it all). When several leads are due at once only the shortest is sent and
/// the others are passed over. Text messages wait out the tenant's quiet hours; a later run sends them
/// while the start is still ahead. A move starts the reminders afresh for the new time.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The plan for <paramref name="appointment"/> at <paramref name="now"/>.</summary>
    public static ReminderPlan Plan(Appointment appointment, IReadOnlyList<Duration> leads, QuietHours quietHours, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(quietHours);
        if (appointment.Status != BookingStatus.Confirmed || appointment.Placement.Start <= now)
        {
            return ReminderPlan.None;
        }

        var send = new List<DueReminder>();
        var marks = new List<string>();
        foreach (var channel in ChannelsOf(appointment))
        {
            if (channel == NotificationChannel.Sms && quietHours.Contains(now, appointment.Zone))
            {
                continue;
            }

            var due = leads.Where(lead => IsDue(appointment, lead, now) && !appointment.Reminders.Contains(Mark(appointment, lead, channel)))
                .Order()
                .ToList();
            if (due.Count > 0)
            {
                send.Add(new DueReminder(due[0], channel, Occasion(appointment, due[0])));
                marks.AddRange(due.Select(lead => Mark(appointment, lead, channel)));
            }
        }

        return new ReminderPlan(send, marks);
    }

    /// <summary>The occasion of the reminder <paramref name="lead"/> before the booking's current start, for example "24h-0".</summary>
    public static string Occasion(Appointment appointment, Duration lead)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var text = lead.Minutes == 0 && lead.Seconds == 0 ? $"{(long)lead.TotalHours}h" : $"{(long)lead.TotalMinutes}m";
        return $"{text}-{appointment.RescheduleCount}";
    }

    private static string Mark(Appointment appointment, Duration lead, NotificationChannel channel) =>
        $"{Occasion(appointment, lead)}/{channel}".ToLowerInvariant();

    private static bool IsDue(Appointment appointment, Duration lead, Instant now)
    {
        var moment = appointment.Placement.Start - lead;
        return moment <= now && appointment.CreatedAt < moment;
    }

    private static IEnumerable<NotificationChannel> ChannelsOf(Appointment appointment)
    {
        if (appointment.Customer.Email is not null)
        {
            yield return NotificationChannel.Email;
        }

        if (appointment.Customer.Phone is not null)
        {
            yield return NotificationChannel.Sms;
        }
    }
}
