using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// Everything that occupies one staff member (bookings, holds, external busy time), sorted by start
/// once here so every search can binary-search to the days it needs.
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
    }

    /// <summary>No occupancy.</summary>
    public static StaffOccupancy Empty { get; } = new([]);

    /// <summary>The intervals, ordered by start.</summary>
    public IReadOnlyList<BusyInterval> Intervals => intervals;
}
