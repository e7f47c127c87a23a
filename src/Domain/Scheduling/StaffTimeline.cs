using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// One staff member prepared for one search: time off and blocking occupancy inside the searched
/// range, merged into one sorted array of disjoint ranges, so each day is a linear sweep.
/// </summary>
internal sealed class StaffTimeline
{
    private readonly SearchContext context;
    private readonly TickRange[] blockers;
    private readonly int blockerCount;
    private readonly long[] appointmentStarts;
    private readonly int appointmentCount;
    private readonly List<TickRange> windows = [];

    // Days are searched in ascending order, so both lookups resume where the previous day stopped
    // instead of binary-searching again: a measurable share of the search on busy calendars.
    private int firstAppointment;
    private int firstBlocker;

    internal StaffTimeline(StaffCandidate candidate, SearchContext context, TickRange range)
    {
        this.context = context;
        Candidate = candidate;
        var occupancy = candidate.Occupancy;
        var first = occupancy.FirstThatMayEndAfter(range.Start);
        var count = LowerBound(occupancy.StartTicks, occupancy.StartTicks.Length, range.End) - first;
        var timeOff = TimeOffWithin(candidate.Schedule, range);
        blockers = new TickRange[count + timeOff.Length];
        appointmentStarts = new long[count];
        var off = 0;
        var merged = 0;
        for (var i = first; i < first + count; i++)
        {
            var busy = occupancy.Sorted[i];
            if (occupancy.EndTicks[i] <= range.Start || !busy.BlocksAt(context.Now))
            {
                continue;
            }

            while (off < timeOff.Length && timeOff[off].Start <= occupancy.StartTicks[i])
            {
                Append(timeOff[off++]);
            }

            Append(new TickRange(occupancy.StartTicks[i], occupancy.EndTicks[i]));
            if (busy.IsAppointment)
            {
                appointmentStarts[appointmentCount++] = occupancy.StartTicks[i];
            }
        }

        while (off < timeOff.Length)
        {
            Append(timeOff[off++]);
        }

        blockerCount = merged;

        void Append(TickRange next)
        {
            if (merged > 0 && next.Start <= blockers[merged - 1].End)
            {
                blockers[merged - 1] = blockers[merged - 1] with { End = Math.Max(blockers[merged - 1].End, next.End) };
            }
            else
            {
                blockers[merged++] = next;
            }
        }
    }

    internal StaffCandidate Candidate { get; }

    /// <summary>How many appointments (bookings and live holds) start in [start, end).</summary>
    internal int AppointmentsStartingIn(TickRange range)
    {
        firstAppointment = AdvanceTo(appointmentStarts, appointmentCount, firstAppointment, range.Start);
        return AdvanceTo(appointmentStarts, appointmentCount, firstAppointment, range.End) - firstAppointment;
    }

    /// <summary>Replaces <paramref name="starts"/> with the date's offered starts, ascending.</summary>
    internal void CollectStarts(LocalDay day, List<long> starts)
    {
        starts.Clear();
        windows.Clear();
        ZoneRule.AppendWindows(day, Candidate.Schedule, windows);
        if (windows.Count == 0)
        {
            return;
        }

        var next = FirstEndingAfter(windows[0].Start);
        firstBlocker = next;
        foreach (var window in windows)
        {
            next = SweepWindow(window, next, starts);
        }
    }

    private int SweepWindow(TickRange window, int next, List<long> starts)
    {
        var free = window.Start;
        while (next < blockerCount && blockers[next].Start < window.End)
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
        if (firstBlocker > 0 && blockers[firstBlocker - 1].End > instant)
        {
            firstBlocker = 0;
        }

        var index = firstBlocker;
        while (index < blockerCount && blockers[index].End <= instant)
        {
            index++;
        }

        return index;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose value is not below <paramref name="value"/>.</summary>
    private static int AdvanceTo(long[] sorted, int count, int from, long value)
    {
        var index = from > 0 && sorted[from - 1] >= value ? 0 : from;
        while (index < count && sorted[index] < value)
        {
            index++;
        }

        return index;
    }

    private TickRange[] TimeOffWithin(StaffSchedule schedule, TickRange range)
    {
        var result = new List<TickRange>(schedule.TimeOff.Count);
        foreach (var off in schedule.TimeOff)
        {
            var start = ZoneRule.ToTicks(context.Zone, off.Start);
            var end = ZoneRule.ToTicks(context.Zone, off.End);
            if (end > start && range.Overlaps(start, end))
            {
                result.Add(new TickRange(start, end));
            }
        }

        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return [.. result];
    }

    private static int LowerBound(long[] sorted, int count, long value)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
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
}
