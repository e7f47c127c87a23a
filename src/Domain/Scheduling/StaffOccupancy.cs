using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// Everything that occupies one staff member (bookings, holds, external busy time), sorted by start
/// once here so every search can binary-search to the days it needs instead of scanning them all.
/// </summary>
public sealed class StaffOccupancy
{
    private readonly BusyInterval[] intervals;

    /// <summary>Creates the occupancy from intervals in any order; they may overlap.</summary>
    public StaffOccupancy(IEnumerable<BusyInterval> intervals)
    {
        Preconditions.CheckNotNull(intervals, nameof(intervals));
        this.intervals = [.. intervals];
        Preconditions.CheckArgument(Array.TrueForAll(this.intervals, i => i is not null), nameof(intervals), "must not contain null entries.");
        Array.Sort(this.intervals, static (a, b) => a.Start.CompareTo(b.Start));
        StartTicks = Array.ConvertAll(this.intervals, i => i.Start.ToUnixTimeTicks());
        EndTicks = Array.ConvertAll(this.intervals, i => i.End.ToUnixTimeTicks());
        LongestTicks = this.intervals.Length == 0 ? 0 : EndTicks.Zip(StartTicks, (end, start) => end - start).Max();
    }

    /// <summary>No occupancy.</summary>
    public static StaffOccupancy Empty { get; } = new([]);

    /// <summary>The intervals, ordered by start.</summary>
    public IReadOnlyList<BusyInterval> Intervals => intervals;

    internal BusyInterval[] Sorted => intervals;

    internal long[] StartTicks { get; }

    internal long[] EndTicks { get; }

    internal long LongestTicks { get; }

    /// <summary>The index of the first interval that can end after <paramref name="ticks"/>: none before it can.</summary>
    internal int FirstThatMayEndAfter(long ticks)
    {
        var index = Array.BinarySearch(StartTicks, ticks - LongestTicks);
        index = index < 0 ? ~index : index;
        while (index > 0 && index < StartTicks.Length && StartTicks[index - 1] == StartTicks[index])
        {
            index--;
        }

        return index;
    }
}
