using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.Hours;
using static AppointmentBooking.Domain.Tests.Builders.MondayInJohannesburg;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class SlotSearchTests
{
    private static string[] MondayTimes(ScheduleBuilder staff, ServiceBuilder? service = null, PolicyBuilder? policy = null, Instant? now = null) =>
        SlotText.Times(new SlotSearch((policy ?? new PolicyBuilder()).Build())
            .FindSlots((service ?? new ServiceBuilder()).Build(), staff.Build(), Only, now ?? SundayMorning));

    [Fact]
    public void FindSlots_plain_shift_offers_aligned_starts_that_fit() =>
        Assert.Equal(["09:00", "09:30", "10:00", "10:30", "11:00"], MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00")));

    [Fact]
    public void FindSlots_break_splits_the_window_and_restarts_the_grid() =>
        Assert.Equal(
            ["09:00", "09:30", "10:00", "11:15", "11:45"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-13:00", "11:00-11:15")));

    [Fact]
    public void FindSlots_split_shifts_offer_both_windows() =>
        Assert.Equal(
            ["09:00", "09:30", "10:00", "14:00", "14:30", "15:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-11:00,14:00-16:00")));

    [Fact]
    public void FindSlots_shift_until_midnight_offers_late_starts() =>
        Assert.Equal(["22:00", "22:30", "23:00"], MondayTimes(new ScheduleBuilder().EveryDay("22:00-24:00")));

    [Fact]
    public void FindSlots_closed_weekday_offers_nothing() =>
        Assert.Empty(MondayTimes(new ScheduleBuilder().On(IsoDayOfWeek.Tuesday, Day("09:00-17:00"))));

    [Fact]
    public void FindSlots_partial_time_off_removes_overlapping_starts_only() =>
        Assert.Equal(
            ["09:00", "10:30", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Off(new TimeOff(Local("2025-06-02T10:00"), Local("2025-06-02T10:30")))));

    [Fact]
    public void FindSlots_whole_day_off_offers_nothing() =>
        Assert.Empty(MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Off(TimeOff.WholeDays(Monday, Monday))));

    [Fact]
    public void FindSlots_override_to_closed_offers_nothing() =>
        Assert.Empty(MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Override(Monday, DayHours.Closed)));

    [Fact]
    public void FindSlots_override_hours_replace_the_weekday() =>
        Assert.Equal(["15:00", "15:30", "16:00"], MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Override(Monday, Day("15:00-17:00"))));

    [Fact]
    public void FindSlots_booking_blocks_overlapping_starts() =>
        Assert.Equal(
            ["09:00", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Booking(At("10:00"), At("11:00")))));

    [Fact]
    public void FindSlots_buffers_fit_inside_working_time_and_clear_of_occupancy() =>
        Assert.Equal(
            ["11:30"],
            MondayTimes(
                new ScheduleBuilder().EveryDay("09:00-13:00").Busy(BusyInterval.Booking(At("10:30"), At("11:00"))),
                new ServiceBuilder().WithBuffers(Duration.FromMinutes(15), Duration.FromMinutes(15))));

    [Fact]
    public void FindSlots_unexpired_hold_blocks() =>
        Assert.Equal(
            ["09:00", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Hold(At("10:00"), At("11:00"), SundayMorning + Duration.FromMinutes(1)))));

    [Fact]
    public void FindSlots_expired_hold_blocks_nothing() =>
        Assert.Equal(
            ["09:00", "09:30", "10:00", "10:30", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Hold(At("10:00"), At("11:00"), SundayMorning))));

    [Fact]
    public void FindSlots_external_busy_time_blocks() =>
        Assert.Equal(
            ["10:30", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.External(At("08:00"), At("10:15")))));

    [Fact]
    public void FindSlots_minimum_notice_hides_starts_too_soon() =>
        Assert.Equal(
            ["10:30", "11:00"],
            MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00"), policy: new PolicyBuilder().WithNotice(Duration.FromHours(1)), now: At("09:10")));

    [Fact]
    public void FindSlots_dates_after_the_maximum_window_offer_nothing()
    {
        var search = new SlotSearch(new PolicyBuilder().WithMaximumDaysAhead(1).Build());
        var slots = search.FindSlots(new ServiceBuilder().Build(), new ScheduleBuilder().EveryDay("09:00-10:00").Build(), new DateInterval(Monday, Monday.PlusDays(3)), SundayMorning);
        Assert.Equal([Monday], slots.Select(s => s.LocalStart.Date).Distinct());
    }

    [Fact]
    public void FindSlots_past_dates_offer_nothing()
    {
        var search = new SlotSearch(new PolicyBuilder().Build());
        var slots = search.FindSlots(new ServiceBuilder().Build(), new ScheduleBuilder().EveryDay("09:00-10:00").Build(), new DateInterval(Monday.PlusDays(-7), Monday.PlusDays(-2)), SundayMorning);
        Assert.Empty(slots);
    }

    [Fact]
    public void FindSlots_inactive_service_offers_nothing() =>
        Assert.Empty(MondayTimes(new ScheduleBuilder().EveryDay("09:00-12:00"), new ServiceBuilder().Inactive()));

    [Fact]
    public void FindSlots_staff_not_allowed_for_service_offers_nothing() =>
        Assert.Empty(MondayTimes(new ScheduleBuilder("alice").EveryDay("09:00-12:00"), new ServiceBuilder().OnlyBy("bob")));

    [Fact]
    public void FindSlots_slot_carries_end_offset_and_staff()
    {
        var slot = new SlotSearch(new PolicyBuilder().Build())
            .FindSlots(new ServiceBuilder().Build(), new ScheduleBuilder("alice").EveryDay("09:00-10:00").Build(), Only, SundayMorning)
            .Single();
        Assert.Equal(new AvailableSlot("alice", At("09:00"), At("10:00"), Local("2025-06-02T09:00"), Offset.FromHours(2)), slot);
    }
}
