using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.MondayInJohannesburg;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class AnyStaffSearchTests
{
    private static string[] Find(ServiceBuilder service, params ScheduleBuilder[] staff) =>
        SlotText.TimesWithStaff(new SlotSearch(new PolicyBuilder().WithInterval(Duration.FromHours(1)).Build())
            .FindSlotsForAnyStaff(service.Build(), [.. staff.Select(s => s.Build())], Only, SundayMorning));

    [Fact]
    public void FindSlotsForAnyStaff_equal_load_assigns_by_staff_id() =>
        Assert.Equal(
            ["09:00 alice", "10:00 alice"],
            Find(new ServiceBuilder(), new ScheduleBuilder("bob").EveryDay("09:00-11:00"), new ScheduleBuilder("alice").EveryDay("09:00-11:00")));

    [Fact]
    public void FindSlotsForAnyStaff_prefers_the_least_booked_that_day() =>
        Assert.Equal(
            ["09:00 bob", "10:00 bob", "11:00 alice"],
            Find(
                new ServiceBuilder(),
                new ScheduleBuilder("alice").EveryDay("09:00-12:00").Busy(BusyInterval.Booking(At("15:00"), At("16:00"))),
                new ScheduleBuilder("bob").EveryDay("09:00-11:00")));

    [Fact]
    public void FindSlotsForAnyStaff_external_time_does_not_count_as_booked() =>
        Assert.Equal(
            ["09:00 alice"],
            Find(
                new ServiceBuilder(),
                new ScheduleBuilder("alice").EveryDay("09:00-10:00").Busy(BusyInterval.External(At("15:00"), At("16:00"))),
                new ScheduleBuilder("bob").EveryDay("09:00-10:00")));

    [Fact]
    public void FindSlotsForAnyStaff_each_start_is_offered_once() =>
        Assert.Equal(
            ["09:00 alice", "10:00 alice", "11:00 bob"],
            Find(new ServiceBuilder(), new ScheduleBuilder("alice").EveryDay("09:00-11:00"), new ScheduleBuilder("bob").EveryDay("09:00-12:00")));

    [Fact]
    public void FindSlotsForAnyStaff_skips_staff_who_may_not_perform_the_service() =>
        Assert.Equal(
            ["09:00 bob"],
            Find(new ServiceBuilder().OnlyBy("bob"), new ScheduleBuilder("alice").EveryDay("09:00-10:00"), new ScheduleBuilder("bob").EveryDay("09:00-10:00")));
}
