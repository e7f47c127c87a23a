using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Calendar;

/// <summary>The public slot search with a connected Google Calendar: busy time removes the slots it overlaps, and a slow calendar does not slow the search.</summary>
[Collection(SharedApp.Name)]
public sealed class CalendarBusyTimeTests(AppFixture fixture)
{
    [Fact]
    public async Task A_busy_interval_in_the_calendar_removes_exactly_the_overlapping_slots()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.AddBusy(connected.Account, At(ConnectedSalon.Day, 10, 20), At(ConnectedSalon.Day, 11, 5));

        // The first search may go on before Google answers (its budget is short); the answer serves the next one.
        var slots = await Eventually.ExpectAsync(() => SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day.PlusDays(1)),
            s => BusyTime(s) == "current", TimeSpan.FromSeconds(15));

        var all = Enumerable.Range(0, 37).Select(i => new LocalTime(8, 0).PlusMinutes(15 * i)).ToList();
        var overlapping = all.Where(t => t > new LocalTime(9, 20) && t < new LocalTime(11, 5)).ToList();
        Assert.Equal(7, overlapping.Count);
        Assert.Equal(all.Except(overlapping), Starts(slots, ConnectedSalon.Day));
        Assert.Equal(all, Starts(slots, ConnectedSalon.Day.PlusDays(1)));
        var calendar = Assert.Single(slots.GetProperty("calendars").EnumerateArray());
        Assert.Equal(connected.Salon.StaffId, calendar.GetProperty("staffId").GetString());
        Assert.Equal("current", calendar.GetProperty("busyTime").GetString());
    }

    [Fact]
    public async Task A_calendar_that_does_not_answer_in_time_is_reported_and_does_not_hold_the_search_up()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.AddBusy(connected.Account, At(ConnectedSalon.Day, 10, 0), At(ConnectedSalon.Day, 11, 0));
        fixture.Google.FreeBusyDelay = TimeSpan.FromSeconds(3);
        try
        {
            var watch = Stopwatch.StartNew();
            var unanswered = await SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day);
            var waited = watch.Elapsed;
            var answered = await Eventually.ExpectAsync(() => SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day),
                s => BusyTime(s) == "current", TimeSpan.FromSeconds(15));
            fixture.Clock.Advance(Duration.FromMinutes(2));
            var stale = await SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day);

            Assert.True(waited < TimeSpan.FromSeconds(2.5), $"the search waited {waited} for the calendar");
            Assert.Equal("unavailable", BusyTime(unanswered));
            Assert.Equal(37, Starts(unanswered, ConnectedSalon.Day).Count);
            Assert.Equal(30, Starts(answered, ConnectedSalon.Day).Count);
            Assert.Equal("stale", BusyTime(stale));
            Assert.Equal(30, Starts(stale, ConnectedSalon.Day).Count);
        }
        finally
        {
            fixture.Google.FreeBusyDelay = TimeSpan.Zero;
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task A_refused_grant_found_by_the_search_is_reported_and_the_owner_is_e_mailed_once()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        fixture.Google.AddBusy(connected.Account, At(ConnectedSalon.Day, 10, 0), At(ConnectedSalon.Day, 11, 0));
        fixture.Google.RefuseGrantsOf(connected.Account);

        var slots = await Eventually.ExpectAsync(() => SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day),
            s => BusyTime(s) == "disconnected", TimeSpan.FromSeconds(15));
        await SlotsAsync(connected, ConnectedSalon.Day, ConnectedSalon.Day);

        Assert.Equal(37, Starts(slots, ConnectedSalon.Day).Count);
        Assert.Equal("needsReconnect", (await connected.StatusAsync()).GetProperty("status").GetString());
        var mail = Assert.Single(await fixture.Mail.WaitForAsync(connected.Salon.OwnerEmail));
        Assert.Equal("Calendar disconnected: Ann", mail.Subject);
    }

    [Fact]
    public async Task A_search_over_staff_without_calendars_says_nothing_about_calendars()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var slots = await ManageClient.OkAsync(await fixture.Client.GetAsync(
            $"/api/tenants/{salon.Slug}/slots?serviceId={salon.ServiceId}&from={Date(ConnectedSalon.Day)}&to={Date(ConnectedSalon.Day)}"));

        Assert.False(slots.TryGetProperty("calendars", out _));
    }

    private async Task<JsonElement> SlotsAsync(ConnectedSalon connected, LocalDate from, LocalDate to) =>
        await ManageClient.OkAsync(await fixture.Client.GetAsync(
            $"/api/tenants/{connected.Salon.Slug}/slots?serviceId={connected.Salon.ServiceId}&staffId={connected.Salon.StaffId}&from={Date(from)}&to={Date(to)}"));

    private static string BusyTime(JsonElement slots) => slots.GetProperty("calendars")[0].GetProperty("busyTime").GetString()!;

    private static List<LocalTime> Starts(JsonElement slots, LocalDate date) =>
    [
        .. slots.GetProperty("slots").EnumerateArray()
            .Select(s => NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(s.GetProperty("localStart").GetString()!).Value)
            .Where(local => local.Date == date)
            .Select(local => local.TimeOfDay),
    ];

    private static DateTimeOffset At(LocalDate date, int hour, int minute) =>
        DateTimeOffset.Parse(new LocalStart(date, hour, minute).Text, CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
