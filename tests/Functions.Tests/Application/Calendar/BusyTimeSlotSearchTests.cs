using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Calendar;

/// <summary>
/// Busy time from a connected calendar in the slot search, on London days whose clocks change: a busy
/// period removes exactly the slots whose appointment overlaps it (checked against a plain overlap filter
/// of the slots offered without it), in the gap of spring forward and the repeated hour of fall back too.
/// </summary>
public sealed class BusyTimeSlotSearchTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Sunday 28 March 2027: 01:00 GMT becomes 02:00 BST. Sunday 31 October 2027: 02:00 BST becomes 01:00 GMT.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "2027-03-28", "2027-03-28T00:30:00Z", "2027-03-28T01:30:00Z" },
        { "2027-03-28", "2027-03-28T00:50:00Z", "2027-03-28T01:05:00Z" },
        { "2027-03-28", "2027-03-28T03:00:00Z", "2027-03-28T03:01:00Z" },
        { "2027-10-31", "2027-10-31T00:45:00Z", "2027-10-31T01:15:00Z" },
        { "2027-10-31", "2027-10-31T01:00:00Z", "2027-10-31T02:00:00Z" },
        { "2027-10-31", "2027-10-30T23:00:00Z", "2027-10-31T00:10:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_busy_period_removes_exactly_the_slots_it_overlaps(string day, string busyFrom, string busyTo)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        using var harness = new BookingHarness();
        harness.Clock.Reset(date.PlusDays(-3).AtStartOfDayInZone(London).ToInstant());
        var busy = new Interval(Instant(busyFrom), Instant(busyTo));
        var without = await SearchAsync(harness, date);

        await ConnectAsync(harness);
        harness.Google.AddBusy(busy.Start, busy.End);
        var with = await SearchAsync(harness, date);

        Assert.NotEmpty(without.Slots);
        var expected = without.Slots.Where(s => !(s.Start < busy.End && busy.Start < s.End)).ToList();
        Assert.True(expected.Count < without.Slots.Count, "the busy period must overlap some slot for the case to test anything");
        Assert.Equal(expected, with.Slots);
        Assert.Equal(CalendarBusyStatus.Current, Assert.Single(with.Calendars).Status);
    }

    [Fact]
    public async Task Busy_time_is_asked_once_per_cache_time_and_read_from_memory_meanwhile()
    {
        var date = new LocalDate(2027, 3, 28);
        using var harness = new BookingHarness();
        harness.Clock.Reset(date.PlusDays(-3).AtStartOfDayInZone(London).ToInstant());
        await ConnectAsync(harness);

        await SearchAsync(harness, date);
        await SearchAsync(harness, date);
        harness.Clock.Advance(Duration.FromSeconds(61));
        await SearchAsync(harness, date);

        Assert.Equal(2, harness.Google.FreeBusyCalls);
    }

    private static async Task<SlotSearchOutcome.Found> SearchAsync(BookingHarness harness, LocalDate date) =>
        (SlotSearchOutcome.Found)await harness.Get<SearchSlots>().ExecuteAsync(Tenant, "svc-night", StaffChoice.Any, new DateInterval(date, date),
            CancellationToken.None);

    private static async Task ConnectAsync(BookingHarness harness)
    {
        var sealer = harness.Get<CredentialSealer>();
        await harness.Calendars.ReplaceAsync(CalendarConnection.Connect(Tenant.TenantId, "stf-night", "primary",
            sealer.Seal(Tenant.TenantId, CalendarAccess.SecretName("stf-night"), "refresh"), harness.Google.RequiredScopes, "mbr-1",
            harness.Clock.GetCurrentInstant()), CancellationToken.None);
        harness.Get<CalendarBusyTime>().Forget(Tenant.TenantId);
    }

    private static Instant Instant(string text) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value;

    /// <summary>A night clinic in London: 00:00–06:00 every day, 60-minute visits every 15 minutes, booked up to 30 days ahead.</summary>
    private static TenantConfiguration Tenant { get; } = new(
        new Tenant("tnt-night", "night", "Night clinic", new BookingPolicy(London, "GBP", Duration.Zero, 30, Duration.FromMinutes(15),
            Duration.FromMinutes(15), Duration.FromHours(24), DepositRule.None)),
        [new Service("svc-night", "Visit", Duration.FromMinutes(60), new Money(5_000, "GBP"), Duration.Zero, Duration.Zero)],
        [new StaffSchedule("stf-night", Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            .ToDictionary(d => d, _ => new DayHours([new LocalTimeRange(new LocalTime(0, 0), new LocalTime(6, 0))])))]);
}
