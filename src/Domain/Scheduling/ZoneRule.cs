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
    internal static void AppendWindows(DateTimeZone zone, StaffSchedule schedule, LocalDate date, List<TickRange> windows)
    {
        var midnight = date.AtMidnight();
        foreach (var (start, end) in schedule.HoursOn(date).WorkingWindows)
        {
            var from = ToTicks(zone, midnight.PlusTicks(start));
            var to = ToTicks(zone, midnight.PlusTicks(end));
            if (to > from)
            {
                windows.Add(new TickRange(from, to));
            }
        }
    }
}
