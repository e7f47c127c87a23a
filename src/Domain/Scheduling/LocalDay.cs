using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// A local date with the instants it covers, [midnight, next midnight) under <see cref="ZoneRule"/>,
/// and a fast path for mapping its wall-clock times: on a date without a transition one offset
/// serves every time, so the zone is consulted twice per date instead of twice per window and staff.
/// </summary>
internal readonly struct LocalDay
{
    private readonly DateTimeZone zone;
    private readonly long utcMidnight;
    private readonly bool singleOffset;
    private readonly Offset offset;

    private LocalDay(DateTimeZone zone, LocalDate date)
    {
        this.zone = zone;
        Date = date;
        var start = ZoneRule.ToInstant(zone, date.AtMidnight());
        var end = ZoneRule.ToInstant(zone, date.PlusDays(1).AtMidnight());
        Range = new TickRange(start.ToUnixTimeTicks(), end.ToUnixTimeTicks());
        var interval = zone.GetZoneInterval(start);
        utcMidnight = date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() - interval.WallOffset.Ticks;
        singleOffset = utcMidnight == Range.Start && (!interval.HasEnd || interval.End >= end);
        offset = interval.WallOffset;
    }

    internal LocalDate Date { get; }

    internal TickRange Range { get; }

    internal static LocalDay Of(DateTimeZone zone, LocalDate date) => new(zone, date);

    /// <summary>The wall-clock time and offset of an instant of this date, without asking the zone when one offset serves the whole date.</summary>
    internal bool TryGetLocal(long ticks, out LocalDateTime local, out Offset wallOffset)
    {
        var tickOfDay = ticks - utcMidnight;
        var fast = singleOffset && tickOfDay >= 0 && tickOfDay < NodaConstants.TicksPerDay;
        local = fast ? Date + LocalTime.FromTicksSinceMidnight(tickOfDay) : default;
        wallOffset = offset;
        return fast;
    }

    /// <summary>The instant (Unix ticks) of a wall-clock time on this date; 24:00 is the next midnight.</summary>
    internal long ToTicks(long tickOfDay) =>
        singleOffset ? utcMidnight + tickOfDay : ZoneRule.ToTicks(zone, Date.AtMidnight().PlusTicks(tickOfDay));
}
