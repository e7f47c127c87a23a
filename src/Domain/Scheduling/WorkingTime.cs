using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// How long a staff member works over a range of local dates, by the rules slot search offers starts
/// under: each date's hours (its override, else its weekday's) minus breaks, mapped to instants by
/// <see cref="ZoneRule"/> (so a DST change makes the day an hour shorter or longer), minus time off.
/// </summary>
public static class WorkingTime
{
    /// <summary>The working time of <paramref name="schedule"/> on every date from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static Duration Between(StaffSchedule schedule, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var windows = new List<TickRange>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            ZoneRule.AppendWindows(LocalDay.Of(zone, date), schedule, windows);
        }

        var off = schedule.TimeOff
            .Select(t => new TickRange(ZoneRule.ToTicks(zone, t.Start), ZoneRule.ToTicks(zone, t.End)))
            .Where(t => t.End > t.Start)
            .OrderBy(t => t.Start)
            .ToList();
        return Duration.FromTicks(windows.Sum(window => window.End - window.Start - Overlap(window, off)));
    }

    /// <summary>How much of <paramref name="window"/> the (possibly overlapping) absences cover.</summary>
    private static long Overlap(TickRange window, List<TickRange> off)
    {
        long covered = 0;
        var cursor = window.Start;
        foreach (var absence in off)
        {
            var start = Math.Max(absence.Start, cursor);
            var end = Math.Min(absence.End, window.End);
            if (end > start)
            {
                covered += end - start;
                cursor = end;
            }
        }

        return covered;
    }
}
