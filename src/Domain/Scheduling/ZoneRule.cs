using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// The one rule for turning configured local times into instants. A local time that occurs twice
/// (fall back) means its earlier occurrence; a local time that does not exist (spring forward) means
/// the instant the clocks jump to, so a window never starts or ends inside a gap.
/// </summary>
internal static class ZoneRule
{
    internal static Instant ToInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    internal static long ToTicks(DateTimeZone zone, LocalDateTime local) => ToInstant(zone, local).ToUnixTimeTicks();

    /// <summary>Appends the date's working windows (hours minus breaks) as instant ticks, skipping any a DST gap swallows.</summary>
    internal static void AppendWindows(LocalDay day, StaffSchedule schedule, List<TickRange> windows)
    {
        foreach (var (start, end) in schedule.HoursOn(day.Date).WorkingWindows)
        {
            var from = day.ToTicks(start);
            var to = day.ToTicks(end);
            if (to > from)
            {
                windows.Add(new TickRange(from, to));
            }
        }
    }
}
