using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.Hours;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class ScheduleValidationTests
{
    private static readonly Instant Noon = Instant.FromUtc(2025, 6, 2, 12, 0);

    [Fact]
    public void LocalTimeRange_end_before_start_names_end() =>
        Assert.Equal("end", Assert.Throws<DomainValidationException>(() => new LocalTimeRange(new LocalTime(12, 0), new LocalTime(9, 0))).Field);

    [Fact]
    public void LocalTimeRange_empty_range_names_end() =>
        Assert.Equal("end", Assert.Throws<DomainValidationException>(() => new LocalTimeRange(new LocalTime(9, 0), new LocalTime(9, 0))).Field);

    [Fact]
    public void LocalTimeRange_malformed_text_names_the_field() =>
        Assert.Equal("monday", Assert.Throws<DomainValidationException>(() => LocalTimeRange.Parse("9am", "17:00", "monday")).Field);

    [Fact]
    public void DayHours_overlapping_shifts_names_shifts() =>
        Assert.Equal("shifts", Assert.Throws<DomainValidationException>(() => Day("09:00-13:00,12:00-17:00")).Field);

    [Fact]
    public void DayHours_touching_shifts_are_allowed() => Assert.Equal(2, Day("09:00-13:00,13:00-17:00").Shifts.Count);

    [Fact]
    public void DayHours_break_covering_a_shift_leaves_no_working_time() => Assert.True(Day("09:00-10:00", "08:00-11:00").IsClosed);

    [Fact]
    public void TimeOff_end_before_start_names_end() =>
        Assert.Equal("end", Assert.Throws<DomainValidationException>(() => new TimeOff(Local("2025-06-02T12:00"), Local("2025-06-02T09:00"))).Field);

    [Fact]
    public void TimeOff_whole_days_last_before_first_names_last() =>
        Assert.Equal("last", Assert.Throws<DomainValidationException>(() => TimeOff.WholeDays(Date("2025-06-02"), Date("2025-06-01"))).Field);

    [Fact]
    public void BusyInterval_end_before_start_names_end() =>
        Assert.Equal("end", Assert.Throws<DomainValidationException>(() => BusyInterval.Booking(Noon, Noon - Duration.FromMinutes(1))).Field);

    [Fact]
    public void BusyInterval_hold_blocks_until_it_expires()
    {
        var hold = BusyInterval.Hold(Noon, Noon + Duration.FromHours(1), Noon);
        Assert.True(hold.BlocksAt(Noon - Duration.FromTicks(1)));
        Assert.False(hold.BlocksAt(Noon));
    }

    [Fact]
    public void StaffSchedule_blank_staff_id_names_staffId() =>
        Assert.Equal("staffId", Assert.Throws<DomainValidationException>(() => new StaffSchedule(" ", new Dictionary<IsoDayOfWeek, DayHours>())).Field);

    [Fact]
    public void StaffSchedule_override_wins_over_the_weekday()
    {
        var monday = Date("2025-06-02");
        var schedule = new StaffSchedule(
            "alice",
            new Dictionary<IsoDayOfWeek, DayHours> { [IsoDayOfWeek.Monday] = Day("09:00-17:00") },
            overrides: new Dictionary<LocalDate, DayHours> { [monday] = DayHours.Closed });
        Assert.True(schedule.HoursOn(monday).IsClosed);
        Assert.False(schedule.HoursOn(monday.PlusWeeks(1)).IsClosed);
    }
}
