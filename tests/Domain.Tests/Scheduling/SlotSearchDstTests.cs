using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using NodaTime.TimeZones;
using static AppointmentBooking.Domain.Tests.Builders.Hours;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class SlotSearchDstTests
{
    private const string NewYork = "America/New_York";
    private const string London = "Europe/London";
    private const string Johannesburg = "Africa/Johannesburg";

    private static IReadOnlyList<AvailableSlot> Find(string zone, string date, string shifts, string? breaks = null, int intervalMinutes = 30)
    {
        var day = Date(date);
        var now = At(zone, date + "T00:00") - Duration.FromDays(1);
        return new SlotSearch(new PolicyBuilder().InZone(zone).WithInterval(Duration.FromMinutes(intervalMinutes)).Build())
            .FindSlots(new ServiceBuilder().Build(), new ScheduleBuilder().EveryDay(shifts, breaks).Build(), new DateInterval(day, day), now);
    }

    [Fact]
    public void NewYork_spring_forward_never_offers_the_missing_hour() =>
        Assert.Equal(
            ["01:00-05", "01:30-05", "03:00-04"],
            SlotText.TimesWithOffsets(Find(NewYork, "2025-03-09", "01:00-04:00")));

    [Fact]
    public void NewYork_spring_forward_service_lasts_sixty_real_minutes()
    {
        var slot = Find(NewYork, "2025-03-09", "01:00-04:00")[1];
        Assert.Equal(Duration.FromMinutes(60), slot.End - slot.Start);
        Assert.Equal(new LocalTime(3, 30), slot.End.InZone(DateTimeZoneProviders.Tzdb[NewYork]).TimeOfDay);
    }

    [Fact]
    public void NewYork_spring_forward_shift_starting_in_the_gap_starts_when_clocks_jump() =>
        Assert.Equal(["03:00", "03:30", "04:00"], SlotText.Times(Find(NewYork, "2025-03-09", "02:30-05:00")));

    [Fact]
    public void NewYork_fall_back_offers_both_occurrences_of_the_repeated_hour() =>
        Assert.Equal(
            ["00:00-04", "01:00-04", "01:00-05", "02:00-05"],
            SlotText.TimesWithOffsets(Find(NewYork, "2025-11-02", "00:00-03:00", intervalMinutes: 60)));

    [Fact]
    public void NewYork_fall_back_ambiguous_break_start_means_the_earlier_occurrence() =>
        Assert.Equal(
            ["00:00-04", "02:00-05", "03:00-05"],
            SlotText.TimesWithOffsets(Find(NewYork, "2025-11-02", "00:00-04:00", "01:00-02:00", intervalMinutes: 60)));

    [Fact]
    public void London_spring_forward_skips_one_to_two() =>
        Assert.Equal(
            ["00:00+00", "00:30+00", "02:00+01"],
            SlotText.TimesWithOffsets(Find(London, "2025-03-30", "00:00-03:00")));

    [Fact]
    public void London_time_off_wholly_inside_the_spring_forward_gap_blocks_nothing()
    {
        var day = Date("2025-03-30");
        var staff = new ScheduleBuilder().EveryDay("00:00-03:00")
            .Off(new TimeOff(day.At(new LocalTime(1, 15)), day.At(new LocalTime(1, 45))))
            .Build();
        var search = new SlotSearch(new PolicyBuilder().InZone(London).WithInterval(Duration.FromMinutes(30)).Build());
        var now = At(London, "2025-03-29T00:00");

        var slots = search.FindSlots(new ServiceBuilder().Build(), staff, new DateInterval(day, day), now);

        Assert.Equal(["00:00+00", "00:30+00", "02:00+01"], SlotText.TimesWithOffsets(slots));
        Assert.All(slots, slot => Assert.True(search.CanBook(new ServiceBuilder().Build(), staff, slot.Start, now).IsBookable));
    }

    [Fact]
    public void London_fall_back_window_is_an_hour_longer() =>
        Assert.Equal(
            ["00:00+01", "01:00+01", "01:00+00", "02:00+00"],
            SlotText.TimesWithOffsets(Find(London, "2025-10-26", "00:00-03:00", intervalMinutes: 60)));

    [Fact]
    public void London_normal_day_hours_are_unaffected() =>
        Assert.Equal(15, Find(London, "2025-10-27", "09:00-17:00").Count);

    [Fact]
    public void Johannesburg_has_no_transition_and_a_constant_offset()
    {
        var slots = Find(Johannesburg, "2025-03-30", "09:00-17:00");
        Assert.Equal(15, slots.Count);
        Assert.All(slots, s => Assert.Equal(Offset.FromHours(2), s.Offset));
    }

    [Fact]
    public void CanBook_second_occurrence_of_a_repeated_time_is_bookable()
    {
        var zone = DateTimeZoneProviders.Tzdb[NewYork];
        var second = Local("2025-11-02T01:00").InZone(zone, Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ThrowWhenSkipped)).ToInstant();
        var result = new SlotSearch(new PolicyBuilder().InZone(NewYork).WithInterval(Duration.FromHours(1)).Build())
            .CanBook(new ServiceBuilder().Build(), new ScheduleBuilder().EveryDay("00:00-03:00").Build(), second, second - Duration.FromDays(1));
        Assert.True(result.IsBookable);
        Assert.Equal(Offset.FromHours(-5), result.Slot!.Value.Offset);
    }

    [Fact]
    public void CanBook_start_shifted_out_of_the_gap_is_off_the_grid()
    {
        var zone = DateTimeZoneProviders.Tzdb[NewYork];
        var start = Local("2025-03-09T03:15").InZoneStrictly(zone).ToInstant();
        var result = new SlotSearch(new PolicyBuilder().InZone(NewYork).Build())
            .CanBook(new ServiceBuilder().Build(), new ScheduleBuilder().EveryDay("01:00-05:00").Build(), start, start - Duration.FromDays(1));
        Assert.Equal(BookingRejection.NotAligned, result.Rejection);
    }
}
