using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using Azure.Storage.Queues.Models;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Notifications;

/// <summary>What reaches people's inboxes (the project's mail server) and phones (a fake Twilio) when bookings change.</summary>
[Collection(SharedApp.Name)]
public sealed class NotificationTests(AppFixture fixture)
{
    [Fact]
    public async Task A_confirmed_booking_emails_customer_and_staff_an_invite_at_the_booked_instant_in_the_tenant_zone()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(10), customer);

        var toCustomer = Assert.Single(await fixture.Mail.WaitForAsync(customer));
        var toStaff = Assert.Single(await fixture.Mail.WaitForAsync(scenario.StaffEmail));

        var start = scenario.At(Day, new LocalTime(10, 0));
        var (customerInvite, customerEvent) = AssertInvite(toCustomer, "REQUEST", start);
        var (_, staffEvent) = AssertInvite(toStaff, "REQUEST", start);
        Assert.Equal(customerEvent.Uid, staffEvent.Uid);
        Assert.Equal(0, customerEvent.Sequence);
        Assert.Contains(customerInvite.TimeZones, zone => zone.TzId == "Africa/Johannesburg");
        Assert.Contains("at 10:00 (Africa/Johannesburg, SAST)", toCustomer.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ann &lt;b&gt;Smith&lt;/b&gt;", toStaff.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Smith</b>", toStaff.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Test Salon", toCustomer.From.Mailboxes.Single().Name);
        var record = await scenario.SettledAsync(booking, "confirmation", "0", "customer", "email");
        Assert.Equal(NotificationState.Sent, record!.State);
        Assert.Equal(toCustomer.MessageId, record.ProviderId);
        Assert.Equal(1, record.Attempts);
    }

    [Fact]
    public async Task The_same_notification_delivered_again_sends_nothing_more()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(11), customer);
        await fixture.Mail.WaitForAsync(customer);
        var confirmation = fixture.QueueOutage.SentTo(QueueNames.Notifications, Id(booking))
            .First(m => m.Id.EndsWith("/confirmation/0/customer/email", StringComparison.Ordinal));

        var publisher = fixture.Services.GetRequiredService<IMessagePublisher>();
        await Task.WhenAll(publisher.PublishAsync(confirmation, default), publisher.PublishAsync(confirmation, default));
        await scenario.QueuesDrainedAsync();

        Assert.Single(await fixture.Mail.ToAsync(customer));
    }

    [Fact]
    public async Task Two_copies_of_one_notification_handled_at_once_send_one_email_and_record_one_attempt()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(8), customer);
        await fixture.Mail.WaitForAsync(customer);
        var request = new NotificationRequested($"{Id(booking)}/confirmation/again/customer/email", scenario.Tenant.TenantId, Id(booking),
            NotificationKind.Confirmation, NotificationRecipient.Customer, NotificationChannel.Email, fixture.Clock.GetCurrentInstant(), []);
        var body = BinaryData.FromString(JsonSerializer.Serialize(request, AppJson.Options));

        var function = ActivatorUtilities.CreateInstance<Functions.Queues.Notifications>(fixture.Services);
        await Task.WhenAll(
            function.SendNotification(QueuesModelFactory.QueueMessage("copy-1", "receipt", body, 1), CancellationToken.None),
            function.SendNotification(QueuesModelFactory.QueueMessage("copy-2", "receipt", body, 1), CancellationToken.None));
        await function.SendNotification(QueuesModelFactory.QueueMessage("copy-1", "receipt", body, 2), CancellationToken.None);

        // Both sends would be over by now; give the mail server a moment to show a second one.
        Assert.Equal(2, (await fixture.Mail.WaitForAsync(customer, 3, TimeSpan.FromSeconds(3))).Count);
        var record = await scenario.RecordAsync(booking, "confirmation", "again", "customer", "email");
        Assert.Equal((NotificationState.Sent, 1), (record!.State, record.Attempts));
    }

    [Fact]
    public async Task Cancelling_sends_a_cancel_invite_with_the_same_uid_and_a_higher_sequence_to_customer_and_staff()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(12), customer);
        var confirmed = Assert.Single(await fixture.Mail.WaitForAsync(customer));
        await fixture.Mail.WaitForAsync(scenario.StaffEmail);

        Assert.True((await scenario.Client.ActAsync(booking, "cancel")).IsSuccessStatusCode);

        var start = scenario.At(Day, new LocalTime(12, 0));
        var toCustomer = await fixture.Mail.WaitForAsync(customer, 2);
        var toStaff = await fixture.Mail.WaitForAsync(scenario.StaffEmail, 2);
        var (_, requested) = AssertInvite(confirmed, "REQUEST", start);
        var (_, cancelled) = AssertInvite(toCustomer.Single(m => m.MessageId != confirmed.MessageId), "CANCEL", start);
        var (_, staffCancelled) = AssertInvite(toStaff[^1], "CANCEL", start);
        Assert.Equal(requested.Uid, cancelled.Uid);
        Assert.Equal(requested.Uid, staffCancelled.Uid);
        Assert.True(cancelled.Sequence > requested.Sequence);
        var stored = await Eventually.ExpectAsync(
            async () => (await scenario.Client.AppointmentsAsync()).Single(), a => a.Outbox.All(m => m.Destination != QueueNames.Notifications));
        Assert.DoesNotContain(stored.Outbox, m => m.Destination == QueueNames.Notifications);
    }

    [Fact]
    public async Task Rescheduling_sends_the_new_time_with_the_same_uid_and_a_higher_sequence()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("ann");
        var booking = await scenario.BookAsync(At(13), customer);
        var confirmed = Assert.Single(await fixture.Mail.WaitForAsync(customer));

        Assert.True((await scenario.Client.ActAsync(booking, "reschedule", new { start = At(15) })).IsSuccessStatusCode);

        var moved = (await fixture.Mail.WaitForAsync(customer, 2)).Single(m => m.MessageId != confirmed.MessageId);
        var (_, before) = AssertInvite(confirmed, "REQUEST", scenario.At(Day, new LocalTime(13, 0)));
        var (_, after) = AssertInvite(moved, "REQUEST", scenario.At(Day, new LocalTime(15, 0)));
        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal(before.Sequence + 1, after.Sequence);
        Assert.StartsWith("Moved:", moved.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_in_the_poison_queue_recorded_as_failed_and_the_others_still_go_out()
    {
        var scenario = await NotificationScenario.StartAsync(fixture, staffHasEmail: false);
        var (failingPhone, workingPhone) = (NotificationScenario.Phone(), NotificationScenario.Phone());
        fixture.Twilio.FailFor(failingPhone);
        var failing = await scenario.BookAsync(At(9), NotificationScenario.Address("ann"), failingPhone);
        var working = await scenario.BookAsync(At(14), NotificationScenario.Address("bob"), workingPhone);

        var failed = await scenario.SettledAsync(failing, "confirmation", "0", "customer", "sms");
        var sent = await scenario.SettledAsync(working, "confirmation", "0", "customer", "sms");
        var email = await scenario.SettledAsync(failing, "confirmation", "0", "customer", "email");
        var staff = await scenario.SettledAsync(failing, "confirmation", "0", "staff", "email");
        var poisoned = await Eventually.ExpectAsync(() => PoisonedAsync(Id(failing)), bodies => bodies.Count > 0, TimeSpan.FromSeconds(30));

        Assert.Equal(NotificationState.Failed, failed!.State);
        Assert.Equal(QueueNames.MaxDequeueCount, failed.Attempts);
        Assert.Contains("confirmation", Assert.Single(poisoned), StringComparison.Ordinal);
        Assert.Equal(NotificationState.Sent, sent!.State);
        var text = Assert.Single(fixture.Twilio.Messages, m => m.To == workingPhone);
        Assert.Equal(sent.ProviderId, text.Sid);
        Assert.Equal(AppFixture.TwilioFrom, text.From);
        Assert.Contains("(Africa/Johannesburg, SAST)", text.Body, StringComparison.Ordinal);
        Assert.Equal(NotificationState.Sent, email!.State);
        Assert.Equal(NotificationState.Skipped, staff!.State);
        Assert.DoesNotContain(fixture.Twilio.Messages, m => m.To == failingPhone);
    }

    [Fact]
    public async Task A_tenant_template_and_quiet_hours_set_through_the_management_api_are_used_in_place_of_the_shipped_ones()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var owner = await fixture.OwnerOfAsync(scenario.Tenant);
        var path = $"/api/manage/tenants/{scenario.Tenant.TenantId}/notifications";
        var (_, shipped) = await owner.ReadAsync(path);
        var template = new { subject = "Your chair is ready: {{date}}", text = "Dear {{recipientName}}, {{when}}.", html = "<h1>{{customerName}}</h1><p>{{when}}</p>", sms = "{{when}}" };
        var afterTemplate = await owner.PutAsync($"{path}/templates/confirmation/customer", template, shipped);
        await ManageClient.OkAsync(afterTemplate);
        await ManageClient.OkAsync(await owner.PutAsync($"{path}/quiet-hours", new { start = "21:30", end = "07:00" }, afterTemplate.Headers.ETag!.Tag));
        var customer = NotificationScenario.Address("ann");

        await scenario.BookAsync(At(17), customer);

        var mail = Assert.Single(await fixture.Mail.WaitForAsync(customer));
        var (settings, _) = await owner.ReadAsync(path);
        Assert.StartsWith("Your chair is ready: ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("<h1>Ann &lt;b&gt;Smith&lt;/b&gt;</h1>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("21:30", settings.GetProperty("quietHours").GetProperty("start").GetString());
        Assert.Equal("07:00", settings.GetProperty("quietHours").GetProperty("end").GetString());
        Assert.Single(settings.GetProperty("templates").EnumerateArray(), t => t.GetProperty("custom").GetBoolean());
        Assert.Single(await fixture.Mail.WaitForAsync(scenario.StaffEmail), m => m.Subject!.StartsWith("New booking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_twilio_refuses_is_recorded_as_failed_at_once()
    {
        var scenario = await NotificationScenario.StartAsync(fixture);
        var phone = NotificationScenario.Phone();
        fixture.Twilio.Refuse(phone);
        var booking = await scenario.BookAsync(At(16), NotificationScenario.Address("ann"), phone);

        var record = await scenario.SettledAsync(booking, "confirmation", "0", "customer", "sms");

        Assert.Equal(NotificationState.Failed, record!.State);
        Assert.Equal(1, record.Attempts);
        Assert.Contains("21211", record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, record.Detail, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> PoisonedAsync(string bookingId)
    {
        var poison = fixture.Queues.GetQueueClient(QueueNames.Notifications + QueueNames.PoisonSuffix);
        if (!await poison.ExistsAsync())
        {
            return [];
        }

        var peeked = await poison.PeekMessagesAsync(32);
        return [.. peeked.Value.Select(m => m.Body.ToString()).Where(body => body.Contains(bookingId, StringComparison.Ordinal))];
    }

    internal static (Ical.Net.Calendar Calendar, CalendarEvent Event) AssertInvite(
        MimeMessage message, string method, Instant start, string zone = "Africa/Johannesburg")
    {
        var (calendar, contentMethod) = Invites.Of(message);
        Assert.Equal(method, contentMethod);
        Assert.Equal(method, calendar.Method);
        var booked = Assert.Single(calendar.Events);
        Assert.Equal(zone, booked.DtStart!.TzId);
        Assert.Equal(start.ToDateTimeUtc(), booked.DtStart.AsUtc);
        return (calendar, booked);
    }
}
