using System.Globalization;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Functions.Timers;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Notifications;

/// <summary>
/// Reminders as the timer sends them: the app's clock is moved to the moments reminders fall due,
/// and the timer and queue functions are run as the host would run them (twice, and at once).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ReminderTests(AppFixture fixture) : IDisposable
{
    [Fact]
    public async Task Two_timer_runs_and_two_concurrent_workers_send_one_reminder_per_booking_and_lead()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var (ann, bob, bobPhone) = (NotificationScenario.Address("ann"), NotificationScenario.Address("bob"), NotificationScenario.Phone());
        var early = await scenario.BookAsync(At(10), ann);
        var late = await scenario.BookAsync(At(11), bob, bobPhone);
        await fixture.Mail.WaitForAsync(ann);
        await fixture.Mail.WaitForAsync(bob);
        var (earlyStart, lateStart) = (scenario.At(Day, new LocalTime(10, 0)), scenario.At(Day, new LocalTime(11, 0)));

        await RunTwiceAtAsync(scenario, earlyStart - Duration.FromHours(22));
        await RunTwiceAtAsync(scenario, earlyStart - Duration.FromMinutes(90));
        await RunTwiceAtAsync(scenario, lateStart - Duration.FromMinutes(90));
        await scenario.QueuesDrainedAsync();

        Assert.All([ann, bob], address => Assert.Equal(2, Reminders(fixture.Mail.ToAsync(address).Result).Count));
        Assert.Equal(2, fixture.Twilio.Messages.Count(m => m.To == bobPhone && m.Body.StartsWith("Reminder", StringComparison.Ordinal)));
        foreach (var lead in new[] { "24h-0", "2h-0" })
        {
            Assert.Equal(NotificationState.Sent, (await scenario.RecordAsync(early, "reminder", lead, "customer", "email"))?.State);
            Assert.Equal(NotificationState.Sent, (await scenario.RecordAsync(late, "reminder", lead, "customer", "sms"))?.State);
        }
    }

    [Fact]
    public async Task A_missed_run_is_caught_up_with_only_the_nearest_reminder()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var ann = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(12), ann);
        await fixture.Mail.WaitForAsync(ann);

        await RunTwiceAtAsync(scenario, scenario.At(Day, new LocalTime(12, 0)) - Duration.FromMinutes(30));
        await scenario.QueuesDrainedAsync();

        Assert.Single(Reminders(await fixture.Mail.ToAsync(ann)));
        Assert.Equal(NotificationState.Sent, (await scenario.RecordAsync(booking, "reminder", "2h-0", "customer", "email"))?.State);
        Assert.Null(await scenario.RecordAsync(booking, "reminder", "24h-0", "customer", "email"));
    }

    [Fact]
    public async Task A_customer_who_opted_out_gets_no_reminder_and_the_skip_is_recorded()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var ann = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(13), ann);
        await fixture.Mail.WaitForAsync(ann);

        var optOut = await scenario.Client.ActAsync(booking, "reminders/opt-out");
        await RunTwiceAtAsync(scenario, scenario.At(Day, new LocalTime(13, 0)) - Duration.FromHours(20));
        var record = await scenario.SettledAsync(booking, "reminder", "24h-0", "customer", "email");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, optOut.StatusCode);
        Assert.Equal(NotificationState.Skipped, record!.State);
        Assert.Empty(Reminders(await fixture.Mail.ToAsync(ann)));
    }

    [Fact]
    public async Task A_reminder_on_a_dst_change_day_states_that_day_s_local_time_and_zone()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var change = london.GetZoneInterval(SystemClock.Instance.GetCurrentInstant()).End;
        var day = change.InZone(london).Date;
        var scenario = await NotificationScenario.StartAsync(fixture, zone: london.Id);
        var start = scenario.At(day, new LocalTime(10, 0));
        var abbreviation = start.InZone(london).Offset == Offset.FromHours(1) ? "BST" : "GMT";
        var ann = NotificationScenario.Address("ann");
        MoveClockTo(change - Duration.FromDays(3));
        var booking = await scenario.BookAsync(OffsetDateTimePattern.ExtendedIso.Format(start.InZone(london).ToOffsetDateTime()), ann);
        var confirmation = Assert.Single(await fixture.Mail.WaitForAsync(ann));

        await RunTwiceAtAsync(scenario, start - Duration.FromHours(22));
        var reminder = Assert.Single(Reminders(await fixture.Mail.WaitForAsync(ann, 2)));

        var expected = $"{day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)} at 10:00 (Europe/London, {abbreviation})";
        Assert.Contains(expected, reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reminder", reminder.Subject, StringComparison.Ordinal);
        NotificationTests.AssertInvite(confirmation, "REQUEST", start, london.Id);
        Assert.Equal(NotificationState.Sent, (await scenario.RecordAsync(booking, "reminder", "24h-0", "customer", "email"))?.State);
    }

    public void Dispose() => fixture.Clock.Reset();

    private static List<MimeKit.MimeMessage> Reminders(IEnumerable<MimeKit.MimeMessage> messages) =>
        [.. messages.Where(m => m.Subject?.StartsWith("Reminder", StringComparison.Ordinal) == true)];

    /// <summary>
    /// At <paramref name="now"/>: what two timer runs queue for this tenant (one scan each; the timer sees
    /// only this test's tenant), the local host's queue worker scanning them, and two more workers scanning at once.
    /// </summary>
    private async Task RunTwiceAtAsync(NotificationScenario scenario, Instant now)
    {
        fixture.Clock.Reset();
        var directory = new ScenarioTenantDirectory(fixture.Services.GetRequiredService<ITenantDirectory>(), scenario.Tenant.TenantId);
        var timer = new Reminders(ActivatorUtilities.CreateInstance<QueueReminderScans>(fixture.Services, directory));
        await timer.QueueReminderScans(new TimerInfo(), CancellationToken.None);
        await timer.QueueReminderScans(new TimerInfo(), CancellationToken.None);
        var queued = fixture.QueueOutage.SentTo(QueueNames.Reminders, scenario.Tenant.TenantId).TakeLast(2).ToList();
        Assert.Equal(2, queued.Count);
        await scenario.QueuesDrainedAsync();

        MoveClockTo(now);
        var publisher = fixture.Services.GetRequiredService<Domain.Common.IMessagePublisher>();
        var workers = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<NotificationReminders>(fixture.Services)).ToList();
        await Task.WhenAll(queued.Select(m => publisher.PublishAsync(m, CancellationToken.None))
            .Concat(workers.Select(w => w.ScanReminders(queued[0].Body, CancellationToken.None))));
        await scenario.QueuesDrainedAsync();
    }

    private void MoveClockTo(Instant now)
    {
        fixture.Clock.Reset();
        fixture.Clock.Advance(now - fixture.Clock.GetCurrentInstant());
    }
}
