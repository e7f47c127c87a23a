using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tests.Builders;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Notifications;

public class ReminderScheduleTests
{
    private static readonly Duration[] Leads = [Duration.FromHours(24), Duration.FromHours(2)];
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    /// <summary>Monday 1 December 2026, 10:00 in Johannesburg.</summary>
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 1, 8, 0);

    private static Appointment Booking(Duration bookedBefore, string? phone = "+27821234567", BookingStatus status = BookingStatus.Confirmed) =>
        new("bkg-1", "tnt-1", status, AppointmentBuilder.Service.Id, SlotPlacement.Of(AppointmentBuilder.Service, "stf-a", Start, Zone), Zone,
            new ContactDetails("Ann", "ann@example.com", phone), new Money(10_000, "ZAR"), Money.Zero("ZAR"), null, "fp", Start - bookedBefore,
            status == BookingStatus.Cancelled ? new Cancellation(Start - Duration.FromDays(1), false) : null);

    private static Appointment Apply(Appointment appointment, ReminderPlan plan) =>
        ((AppointmentTransition.Changed)appointment.RecordReminders(plan.Marks, [])).Appointment;

    [Fact]
    public void The_day_before_sends_the_24_hour_reminder_on_each_channel_and_only_once()
    {
        var booking = Booking(Duration.FromDays(7));
        var now = Start - Duration.FromHours(23);

        var plan = ReminderSchedule.Plan(booking, Leads, QuietHours.Default, now);
        var again = ReminderSchedule.Plan(Apply(booking, plan), Leads, QuietHours.Default, now);

        Assert.Equal(["24h-0/email", "24h-0/sms"], plan.Marks);
        Assert.All(plan.Send, r => Assert.Equal(Duration.FromHours(24), r.Lead));
        Assert.Equal(ReminderPlan.None.Marks, again.Marks);
    }

    [Fact]
    public void A_late_run_sends_only_the_nearest_reminder_and_passes_over_the_other()
    {
        var plan = ReminderSchedule.Plan(Booking(Duration.FromDays(7), phone: null), Leads, QuietHours.Default, Start - Duration.FromHours(1));

        var sent = Assert.Single(plan.Send);
        Assert.Equal("2h-0", sent.Occasion);
        Assert.Equal(["24h-0/email", "2h-0/email"], plan.Marks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Text_messages_wait_out_the_quiet_hours_while_e_mail_goes()
    {
        var early = Start - Duration.FromHours(3);
        var booking = Booking(Duration.FromDays(7));
        var quiet = new QuietHours(new LocalTime(6, 0), new LocalTime(8, 30));

        var duringQuiet = ReminderSchedule.Plan(booking, [Duration.FromHours(2)], quiet, early + Duration.FromMinutes(75));
        var afterQuiet = ReminderSchedule.Plan(Apply(booking, duringQuiet), [Duration.FromHours(2)], quiet, early + Duration.FromMinutes(105));

        Assert.Equal([NotificationChannel.Email], duringQuiet.Send.Select(r => r.Channel));
        Assert.Equal([NotificationChannel.Sms], afterQuiet.Send.Select(r => r.Channel));
    }

    [Fact]
    public void Bookings_made_inside_a_lead_cancelled_or_started_get_no_such_reminder()
    {
        Assert.Empty(ReminderSchedule.Plan(Booking(Duration.FromHours(5)), [Duration.FromHours(24)], QuietHours.Default, Start - Duration.FromHours(4)).Marks);
        Assert.Empty(ReminderSchedule.Plan(Booking(Duration.FromDays(7), status: BookingStatus.Cancelled), Leads, QuietHours.Default, Start - Duration.FromHours(1)).Marks);
        Assert.Empty(ReminderSchedule.Plan(Booking(Duration.FromDays(7)), Leads, QuietHours.Default, Start).Marks);
    }

    /// <summary>
    /// Runs at arbitrary times (twice at the same instant too), each applying its plan: no reminder is
    /// sent twice, none at or after the start, none for a lead whose moment came before the booking,
    /// no text message in quiet hours; and a channel that had a run it could send in gets a reminder.
    /// </summary>
    [Fact]
    public void Any_sequence_of_runs_sends_each_reminder_at_most_once_and_in_time() =>
        Gen.Select(Gen.Int[1, 96], Gen.Int[0, 200].Array[0, 40], Gen.Int[0, 23], Gen.Int[0, 23]).Sample((bookedHoursBefore, runSteps, quietFrom, quietTo) =>
        {
            var quiet = new QuietHours(new LocalTime(quietFrom, 0), new LocalTime(quietTo, 0));
            var booking = Booking(Duration.FromHours(bookedHoursBefore));
            var runs = runSteps.Select(step => booking.CreatedAt + Duration.FromMinutes(step * 30L)).Order().ToList();
            var sent = new List<(DueReminder Reminder, Instant At)>();
            var couldSend = new HashSet<NotificationChannel>();
            foreach (var now in runs)
            {
                var plan = ReminderSchedule.Plan(booking, Leads, quiet, now);
                sent.AddRange(plan.Send.Select(r => (r, now)));
                booking = plan.Marks.Count > 0 ? Apply(booking, plan) : booking;
                foreach (var channel in new[] { NotificationChannel.Email, NotificationChannel.Sms }.Where(c =>
                    now < Start && Leads.Any(l => Start - l <= now && Start - l > booking.CreatedAt) && !(c == NotificationChannel.Sms && quiet.Contains(now, Zone))))
                {
                    couldSend.Add(channel);
                }
            }

            Assert.Equal(sent.Count, sent.Select(s => (s.Reminder.Occasion, s.Reminder.Channel)).Distinct().Count());
            Assert.All(sent, s => Assert.True(s.At < Start && s.At >= Start - s.Reminder.Lead && Start - s.Reminder.Lead > booking.CreatedAt));
            Assert.All(sent.Where(s => s.Reminder.Channel == NotificationChannel.Sms), s => Assert.False(quiet.Contains(s.At, Zone)));
            Assert.All(couldSend, channel => Assert.Contains(sent, s => s.Reminder.Channel == channel));
        }, iter: 2000);
}
