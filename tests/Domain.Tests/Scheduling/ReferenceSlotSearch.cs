using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Scheduling;

/// <summary>
/// The obvious implementation of the slot rules, kept deliberately naive: every aligned start of
/// every working window is checked against every rule, every time-off entry and every busy interval.
/// Tests compare the fast search to it; the benchmarks measure against it.
/// </summary>
internal static class ReferenceSlotSearch
{
    public static List<AvailableSlot> Find(
        BookingPolicy policy, Service service, IReadOnlyList<StaffCandidate> candidates, DateInterval dates, Instant now)
    {
        var offered = new List<AvailableSlot>();
        foreach (var date in dates)
        {
            var day = new List<(AvailableSlot Slot, int Load)>();
            foreach (var staff in candidates.Where(c => service.IsActive && service.CanBePerformedBy(c.StaffId)))
            {
                var load = AppointmentsStartingOn(policy.Zone, staff, date, now);
                day.AddRange(Starts(policy, service, staff, date, now).Select(slot => (slot, load)));
            }

            offered.AddRange(day
                .GroupBy(o => o.Slot.Start)
                .OrderBy(g => g.Key)
                .Select(g => g.OrderBy(o => o.Load).ThenBy(o => o.Slot.StaffId, StringComparer.Ordinal).First().Slot));
        }

        return offered;
    }

    /// <summary>Every aligned start of the date's windows, free or not (the candidates CanBook must agree on).</summary>
    public static IEnumerable<Instant> AlignedStarts(BookingPolicy policy, StaffSchedule schedule, LocalDate date)
    {
        foreach (var (start, end) in Windows(policy.Zone, schedule, date))
        {
            for (var candidate = start; candidate < end; candidate += policy.SlotInterval)
            {
                yield return candidate;
            }
        }
    }

    public static IEnumerable<(Instant Start, Instant End)> Windows(DateTimeZone zone, StaffSchedule schedule, LocalDate date)
    {
        foreach (var (start, end) in schedule.HoursOn(date).WorkingWindows)
        {
            var from = ZoneRule.ToInstant(zone, date.AtMidnight().PlusTicks(start));
            var to = ZoneRule.ToInstant(zone, date.AtMidnight().PlusTicks(end));
            if (to > from)
            {
                yield return (from, to);
            }
        }
    }

    private static IEnumerable<AvailableSlot> Starts(BookingPolicy policy, Service service, StaffCandidate staff, LocalDate date, Instant now)
    {
        foreach (var (windowStart, windowEnd) in Windows(policy.Zone, staff.Schedule, date))
        {
            for (var start = windowStart; start < windowEnd; start += policy.SlotInterval)
            {
                var blockStart = start - service.BufferBefore;
                var blockEnd = start + service.Duration + service.BufferAfter;
                if (start >= now + policy.MinimumNotice
                    && date <= policy.LastBookableDate(now)
                    && blockStart >= windowStart
                    && blockEnd <= windowEnd
                    && !staff.Schedule.TimeOff.Any(off => Overlaps(blockStart, blockEnd, ZoneRule.ToInstant(policy.Zone, off.Start), ZoneRule.ToInstant(policy.Zone, off.End)))
                    && !staff.Occupancy.Intervals.Any(busy => busy.BlocksAt(now) && Overlaps(blockStart, blockEnd, busy.Start, busy.End)))
                {
                    var zoned = start.InZone(policy.Zone);
                    yield return new AvailableSlot(staff.StaffId, start, start + service.Duration, zoned.LocalDateTime, zoned.Offset);
                }
            }
        }
    }

    private static int AppointmentsStartingOn(DateTimeZone zone, StaffCandidate staff, LocalDate date, Instant now)
    {
        var from = ZoneRule.ToInstant(zone, date.AtMidnight());
        var to = ZoneRule.ToInstant(zone, date.PlusDays(1).AtMidnight());
        return staff.Occupancy.Intervals.Count(busy =>
            busy.BlocksAt(now) && busy.Kind != BusyKind.External && busy.Start >= from && busy.Start < to);
    }

    /// <summary>Half-open intervals; an empty one (a time off inside a DST gap) overlaps nothing.</summary>
    private static bool Overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) =>
        bStart < bEnd && aStart < bEnd && bStart < aEnd;
}
