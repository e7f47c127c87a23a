using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Staff;

public class StaffProfileTests
{
    private static readonly Dictionary<IsoDayOfWeek, DayHours> Weekdays = new()
    {
        [IsoDayOfWeek.Monday] = new DayHours([new LocalTimeRange(new LocalTime(9, 0), new LocalTime(17, 0))]),
    };

    private static readonly TimeOffEntry DayOff = new("off-1", TimeOff.WholeDays(new LocalDate(2026, 12, 7), new LocalDate(2026, 12, 7)), "holiday");

    [Fact]
    public void Time_off_added_and_removed_by_id_reaches_the_schedule_slot_search_reads()
    {
        var staff = new StaffProfile("stf-a", "Ann", isActive: true, Weekdays);

        var away = staff.WithTimeOff(DayOff);
        var back = away.WithoutTimeOff("off-1")!;

        Assert.Equal(DayOff.Period, Assert.Single(away.Schedule.TimeOff));
        Assert.Empty(back.Schedule.TimeOff);
        Assert.Null(back.WithoutTimeOff("off-1"));
        Assert.Equal(Weekdays[IsoDayOfWeek.Monday], back.Schedule.HoursOn(new LocalDate(2026, 12, 7)));
    }

    [Fact]
    public void Time_off_ids_are_unique_and_names_are_bounded()
    {
        Assert.Equal("timeOff", Assert.Throws<DomainValidationException>(() => new StaffProfile("stf-a", "Ann", true, Weekdays, timeOff: [DayOff, DayOff])).Field);
        Assert.Equal("displayName", Assert.Throws<DomainValidationException>(() => new StaffProfile("stf-a", new string('x', 201), true, Weekdays)).Field);
        Assert.Equal("reason", Assert.Throws<DomainValidationException>(() => new TimeOffEntry("off-2", DayOff.Period, new string('x', 501))).Field);
    }

    [Fact]
    public void The_e_mail_address_is_kept_normalised_through_time_off_changes_and_a_malformed_one_is_refused()
    {
        var staff = new StaffProfile("stf-a", "Ann", true, Weekdays, email: " Ann@Salon.Example ");

        Assert.Equal("ann@salon.example", staff.WithTimeOff(DayOff).WithoutTimeOff("off-1")!.Email);
        Assert.Null(new StaffProfile("stf-a", "Ann", true, Weekdays, email: " ").Email);
        Assert.Equal("email", Assert.Throws<DomainValidationException>(() => new StaffProfile("stf-a", "Ann", true, Weekdays, email: "ann at salon")).Field);
    }
}
