using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.Hours;
using static AppointmentBooking.Domain.Tests.Builders.MondayInJohannesburg;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class CanBookTests
{
    private static BookingRejection Check(
        string start, ScheduleBuilder? staff = null, ServiceBuilder? service = null, PolicyBuilder? policy = null) =>
        new SlotSearch((policy ?? new PolicyBuilder()).Build())
            .CanBook(
                (service ?? new ServiceBuilder()).Build(),
                (staff ?? new ScheduleBuilder().EveryDay("09:00-12:00", "10:00-10:30")).Build(),
                At(start),
                SundayMorning)
            .Rejection;

    [Fact]
    public void CanBook_offered_start_is_bookable_with_the_same_slot()
    {
        var search = new SlotSearch(new PolicyBuilder().Build());
        var staff = new ScheduleBuilder().EveryDay("09:00-12:00").Build();
        var service = new ServiceBuilder().Build();
        var offered = search.FindSlots(service, staff, Only, SundayMorning);
        Assert.All(offered, slot => Assert.Equal(new BookabilityResult(BookingRejection.None, slot), search.CanBook(service, staff, slot.Start, SundayMorning)));
    }

    [Fact]
    public void CanBook_free_aligned_start_is_bookable() => Assert.Equal(BookingRejection.None, Check("10:30"));

    [Fact]
    public void CanBook_inactive_service_is_rejected() =>
        Assert.Equal(BookingRejection.ServiceInactive, Check("10:30", service: new ServiceBuilder().Inactive()));

    [Fact]
    public void CanBook_unqualified_staff_is_rejected() =>
        Assert.Equal(BookingRejection.StaffNotQualified, Check("10:30", service: new ServiceBuilder().OnlyBy("bob")));

    [Fact]
    public void CanBook_start_within_notice_is_too_soon() =>
        Assert.Equal(BookingRejection.TooSoon, Check("10:30", policy: new PolicyBuilder().WithNotice(Duration.FromDays(2))));

    [Fact]
    public void CanBook_start_after_the_last_date_is_beyond_the_window() =>
        Assert.Equal(BookingRejection.BeyondBookingWindow, Check("10:30", policy: new PolicyBuilder().WithMaximumDaysAhead(0)));

    [Fact]
    public void CanBook_start_overlapping_a_break_is_outside_working_hours() =>
        Assert.Equal(BookingRejection.OutsideWorkingHours, Check("09:30"));

    [Fact]
    public void CanBook_start_running_past_the_shift_is_outside_working_hours() =>
        Assert.Equal(BookingRejection.OutsideWorkingHours, Check("11:30"));

    [Fact]
    public void CanBook_buffer_before_the_shift_is_outside_working_hours() =>
        Assert.Equal(
            BookingRejection.OutsideWorkingHours,
            Check("09:00", new ScheduleBuilder().EveryDay("09:00-12:00"), new ServiceBuilder().WithBuffers(Duration.FromMinutes(5), Duration.Zero)));

    [Fact]
    public void CanBook_start_off_the_grid_is_not_aligned() => Assert.Equal(BookingRejection.NotAligned, Check("10:45"));

    [Fact]
    public void CanBook_start_during_time_off_is_rejected() =>
        Assert.Equal(
            BookingRejection.TimeOff,
            Check("10:30", new ScheduleBuilder().EveryDay("09:00-12:00").Off(new TimeOff(Local("2025-06-02T11:00"), Local("2025-06-02T11:15")))));

    [Fact]
    public void CanBook_start_overlapping_a_booking_is_occupied() =>
        Assert.Equal(
            BookingRejection.Occupied,
            Check("10:30", new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Booking(At("11:15"), At("11:45")))));

    [Fact]
    public void CanBook_buffer_overlapping_a_booking_is_occupied() =>
        Assert.Equal(
            BookingRejection.Occupied,
            Check(
                "10:30",
                new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Booking(At("10:00"), At("10:20"))),
                new ServiceBuilder().WithBuffers(Duration.FromMinutes(15), Duration.Zero)));

    [Fact]
    public void CanBook_start_touching_a_booking_is_bookable() =>
        Assert.Equal(
            BookingRejection.None,
            Check("10:30", new ScheduleBuilder().EveryDay("09:00-12:00").Busy(BusyInterval.Booking(At("09:30"), At("10:30")))));
}
