using System.Globalization;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Application.BookingSaga;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Google;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Calendar;

/// <summary>Bookings in the staff member's Google Calendar, through the real adapter against the fake Google: once, moved, deleted; and when Google refuses.</summary>
[Collection(SharedApp.Name)]
public sealed class CalendarSyncTests(AppFixture fixture)
{
    [Fact]
    public async Task A_booking_appears_once_in_the_staff_calendar_in_the_booking_time_zone_however_often_it_is_pushed()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);

        var booking = await connected.BookAndSettleAsync(10);
        var step = fixture.Services.GetRequiredService<SyncCalendarStep>();
        await step.ExecuteAsync(connected.Salon.TenantId, BookingClient.Id(booking), CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => step.ExpectSyncedAsync(connected.Salon.TenantId, BookingClient.Id(booking))));

        var calendarEvent = Assert.Single(connected.Events);
        Assert.Equal(CalendarEventId.For(connected.Salon.TenantId, BookingClient.Id(booking)), calendarEvent.Id);
        Assert.Equal("Africa/Johannesburg", calendarEvent.TimeZone);
        Assert.Equal(Start(10), calendarEvent.Start);
        Assert.Equal(Start(11), calendarEvent.End);
        Assert.Contains("Ann", calendarEvent.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_then_success_makes_one_event()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.FailNext(new FakeGoogleFault(429, "rateLimitExceeded", "insert"), new FakeGoogleFault(503, "backendError", "insert", AfterWrite: true));

        var booking = await connected.BookAndSettleAsync(10);

        // 429, then an insert whose answer was lost (503 after writing), then 409 for the id it wrote: put in place by an update.
        var eventId = CalendarEventId.For(connected.Salon.TenantId, BookingClient.Id(booking));
        Assert.Single(connected.Events);
        Assert.Equal(3, fixture.Google.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)
            && r.Body.Contains(eventId, StringComparison.Ordinal)));
        Assert.Contains(fixture.Google.Requests, r => r.Method == "PATCH" && r.Path.EndsWith(eventId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_access_token_is_refreshed_once_and_the_booking_still_reaches_the_calendar()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.ClearRequests();
        fixture.Google.ExpireAccessTokens();

        await connected.BookAndSettleAsync(10);

        Assert.Single(connected.Events);
        Assert.Contains(fixture.Google.Requests, r => r.Path == "/token" && r.Body.Contains("grant_type=refresh_token", StringComparison.Ordinal));
        Assert.Contains(fixture.Google.Requests, r => r.Header("Authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)
            && r.Path.Contains("/events", StringComparison.Ordinal) && r.Method == "GET");
    }

    [Fact]
    public async Task Invalid_grant_marks_the_connection_for_reconnect_tells_the_owner_and_the_booking_goes_on()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.RefuseGrantsOf(connected.Account);

        var booking = await connected.BookAndSettleAsync(10);

        Assert.Empty(connected.Events);
        var status = await connected.StatusAsync();
        Assert.Equal("needsReconnect", status.GetProperty("status").GetString());
        Assert.Equal("invalid_grant", status.GetProperty("reason").GetString());
        Assert.True(status.GetProperty("ownerNotified").GetBoolean());
        var notice = Assert.Single(fixture.QueueOutage.SentTo(QueueNames.Notifications, connected.Salon.TenantId),
            m => m.Body.Contains("calendarDisconnected", StringComparison.Ordinal));
        Assert.Contains(connected.Salon.StaffId, notice.Body, StringComparison.Ordinal);
        Assert.Contains("\"owner\"", notice.Body, StringComparison.Ordinal);
        var read = await fixture.Services.GetRequiredService<IAppointmentRepository>().FindAsync(
            connected.Salon.TenantId, BookingClient.Id(booking), CancellationToken.None);
        Assert.Equal(BookingStatus.Confirmed, read!.Status);

        var mail = Assert.Single(await fixture.Mail.WaitForAsync(connected.Salon.OwnerEmail));
        Assert.Equal("Calendar disconnected: Ann", mail.Subject);
        Assert.Contains("connected again", mail.TextBody, StringComparison.Ordinal);

        await connected.BookAndSettleAsync(12);
        Assert.Single(fixture.QueueOutage.SentTo(QueueNames.Notifications, connected.Salon.TenantId),
            m => m.Body.Contains("calendarDisconnected", StringComparison.Ordinal));
        Assert.Single(await fixture.Mail.ToAsync(connected.Salon.OwnerEmail));
    }

    [Fact]
    public async Task Rescheduling_moves_the_event_and_cancelling_deletes_it()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        var booking = await connected.BookAndSettleAsync(10);

        await connected.ActAsync(booking, "reschedule", new { start = new LocalStart(ConnectedSalon.Day, 14).Text });
        var moved = await connected.EventuallyAsync(events => events.Count == 1 && events[0].Start == Start(14));
        await connected.ActAsync(booking, "cancel");
        var deleted = await connected.EventuallyAsync(events => events.Count == 1 && events[0].IsCancelled);

        Assert.Equal(Start(15), moved[0].End);
        Assert.Equal(moved[0].Id, deleted[0].Id);
        await connected.Salon.SettleAsync();
    }

    [Fact]
    public async Task A_time_taken_in_the_calendar_meanwhile_undoes_the_booking()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.AddBusy(connected.Account, Start(10).AddMinutes(30), Start(10).AddMinutes(45));

        var booking = await connected.Salon.BookAsync(new LocalStart(ConnectedSalon.Day, 10));
        var read = await Eventually.ExpectAsync(
            () => fixture.Services.GetRequiredService<IAppointmentRepository>().FindAsync(connected.Salon.TenantId, BookingClient.Id(booking),
                CancellationToken.None),
            a => a?.Status == BookingStatus.Cancelled, TimeSpan.FromSeconds(30));

        Assert.Equal(BookingStatus.Cancelled, read!.Status);
        Assert.Empty(connected.Events);
    }

    private static DateTimeOffset Start(int hour) =>
        DateTimeOffset.Parse(new LocalStart(ConnectedSalon.Day, hour).Text, CultureInfo.InvariantCulture);
}

internal static class SyncCalendarStepExtensions
{
    public static async Task ExpectSyncedAsync(this SyncCalendarStep step, string tenantId, string bookingId) =>
        Assert.Equal(CalendarStepResult.Synced, await step.ExecuteAsync(tenantId, bookingId, CancellationToken.None));
}
