using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// One staff member prepared for one search: time off and blocking occupancy inside the searched
/// range, merged into one sorted list of disjoint ranges, so each day is a linear sweep.
/// </summary>
internal sealed class StaffTimeline
{
    private readonly SearchContext context;
    private readonly TickRange[] blockers;
    private readonly long[] appointmentStarts;
    private readonly List<TickRange> windows = [];

    internal StaffTimeline(StaffCandidate candidate, SearchContext context, TickRange range)
    {
        this.context = context;
        Candidate = candidate;
        var busy = new List<TickRange>();
        var appointments = new List<long>();
        CollectOccupancy(candidate.Occupancy, range, busy, appointments);
        CollectTimeOff(candidate.Schedule, range, busy);
        busy.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        blockers = Merge(busy);
        appointmentStarts = [.. appointments];
    }

    internal StaffCandidate Candidate { get; }

    /// <summary>How many appointments (bookings and live holds) start in [start, end).</summary>
    internal int AppointmentsStartingIn(long start, long end) =>
        LowerBound(appointmentStarts, end) - LowerBound(appointmentStarts, start);

    /// <summary>Replaces <paramref name="starts"/> with the date's offered starts, ascending.</summary>
    internal void CollectStarts(LocalDate date, List<long> starts)
    {
        starts.Clear();
        windows.Clear();
        ZoneRule.AppendWindows(context.Zone, Candidate.Schedule, date, windows);
        if (windows.Count == 0)
        {
            return;
        }

        var next = FirstEndingAfter(windows[0].Start);
        foreach (var window in windows)
        {
            next = SweepWindow(window, next, starts);
        }
    }

    private int SweepWindow(TickRange window, int next, List<long> starts)
    {
        var free = window.Start;
        while (next < blockers.Length && blockers[next].Start < window.End)
        {
            var blocker = blockers[next];
            if (blocker.Start > free)
            {
                AddAlignedStarts(window.Start, free, blocker.Start, starts);
            }

            free = Math.Max(free, blocker.End);
            if (free >= window.End)
            {
                return next;
            }

            next++;
        }

        AddAlignedStarts(window.Start, free, window.End, starts);
        return next;
    }

    private void AddAlignedStarts(long windowStart, long freeStart, long freeEnd, List<long> starts)
    {
        var first = Math.Max(freeStart + context.BufferBefore, context.EarliestStart);
        var last = freeEnd - context.Duration - context.BufferAfter;
        if (first > last)
        {
            return;
        }

        var interval = context.Interval;
        var steps = (first - windowStart + interval - 1) / interval;
        for (var start = windowStart + (steps * interval); start <= last; start += interval)
        {
            starts.Add(start);
        }
    }

    private int FirstEndingAfter(long instant)
    {
        int low = 0, high = blockers.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (blockers[mid].End <= instant)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private void CollectOccupancy(StaffOccupancy occupancy, TickRange range, List<TickRange> busy, List<long> appointments)
    {
        foreach (var interval in occupancy.Intervals)
        {
            var start = interval.Start.ToUnixTimeTicks();
            var end = interval.End.ToUnixTimeTicks();
            if (interval.BlocksAt(context.Now) && range.Overlaps(start, end))
            {
                busy.Add(new TickRange(start, end));
                if (interval.IsAppointment)
                {
                    appointments.Add(start);
                }
            }
        }
    }

    private void CollectTimeOff(StaffSchedule schedule, TickRange range, List<TickRange> busy)
    {
        foreach (var off in schedule.TimeOff)
        {
            var start = ZoneRule.ToTicks(context.Zone, off.Start);
            var end = ZoneRule.ToTicks(context.Zone, off.End);
            if (end > start && range.Overlaps(start, end))
            {
                busy.Add(new TickRange(start, end));
            }
        }
    }

    private static TickRange[] Merge(List<TickRange> sorted)
    {
        var merged = new List<TickRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    private static int LowerBound(long[] sorted, long value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
