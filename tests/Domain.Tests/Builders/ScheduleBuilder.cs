using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Builders;

internal sealed class ScheduleBuilder(string staffId = "alice")
{
    private readonly Dictionary<IsoDayOfWeek, DayHours> weekly = [];
    private readonly Dictionary<LocalDate, DayHours> overrides = [];
    private readonly List<TimeOff> timeOff = [];
    private readonly List<BusyInterval> busy = [];

    public ScheduleBuilder EveryDay(string shifts, string? breaks = null)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            weekly[day] = Hours.Day(shifts, breaks);
        }

        return this;
    }

    public ScheduleBuilder On(IsoDayOfWeek day, DayHours hours)
    {
        weekly[day] = hours;
        return this;
    }

    public ScheduleBuilder Override(LocalDate date, DayHours hours)
    {
        overrides[date] = hours;
        return this;
    }

    public ScheduleBuilder Off(TimeOff off)
    {
        timeOff.Add(off);
        return this;
    }

    public ScheduleBuilder Busy(BusyInterval interval)
    {
        busy.Add(interval);
        return this;
    }

    public StaffSchedule Schedule() => new(staffId, weekly, timeOff, overrides);

    public StaffCandidate Build() => new(Schedule(), new StaffOccupancy(busy));
}
