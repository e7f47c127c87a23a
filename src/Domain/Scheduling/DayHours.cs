using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// One day's working pattern: shifts (split shifts allowed, never overlapping) and breaks. The
/// working windows are the shifts minus the breaks; slot starts are aligned from the start of each
/// window, so a break restarts the grid but a booking or time off does not.
/// </summary>
public sealed class DayHours
{
    private readonly LocalTimeRange[] shifts;
    private readonly LocalTimeRange[] breaks;

    /// <summary>Creates a day's hours; overlapping shifts throw naming <c>shifts</c>.</summary>
    /// <param name="shifts">The shifts, in any order.</param>
    /// <param name="breaks">Breaks; they may overlap each other and need not lie inside a shift.</param>
    public DayHours(IEnumerable<LocalTimeRange> shifts, IEnumerable<LocalTimeRange>? breaks = null)
    {
        Preconditions.CheckNotNull(shifts, nameof(shifts));
        this.shifts = [.. shifts.OrderBy(s => s.StartTickOfDay)];
        this.breaks = [.. (breaks ?? []).OrderBy(b => b.StartTickOfDay)];
        CheckNoNulls(this.shifts, nameof(shifts));
        CheckNoNulls(this.breaks, nameof(breaks));
        CheckNoOverlap(this.shifts);
        WorkingWindows = BuildWindows(this.shifts, this.breaks);
    }

    /// <summary>A day without working hours.</summary>
    public static DayHours Closed { get; } = new([]);

    /// <summary>The shifts, ordered by start.</summary>
    public IReadOnlyList<LocalTimeRange> Shifts => shifts;

    /// <summary>The breaks, ordered by start.</summary>
    public IReadOnlyList<LocalTimeRange> Breaks => breaks;

    /// <summary>Whether the day has no working time at all.</summary>
    public bool IsClosed => WorkingWindows.Length == 0;

    /// <summary>Shifts minus breaks as [start, end) ticks of the day, ordered and disjoint.</summary>
    internal (long Start, long End)[] WorkingWindows { get; }

    private static void CheckNoNulls(LocalTimeRange[] ranges, string field) =>
        Preconditions.CheckArgument(Array.TrueForAll(ranges, r => r is not null), field, "must not contain null entries.");

    private static void CheckNoOverlap(LocalTimeRange[] ordered)
    {
        for (var i = 1; i < ordered.Length; i++)
        {
            Preconditions.CheckArgument(
                !ordered[i - 1].Overlaps(ordered[i]),
                "shifts",
                $"shifts {ordered[i - 1]} and {ordered[i]} overlap.");
        }
    }

    private static (long Start, long End)[] BuildWindows(LocalTimeRange[] shifts, LocalTimeRange[] breaks)
    {
        var windows = new List<(long Start, long End)>();
        foreach (var shift in shifts)
        {
            var cursor = shift.StartTickOfDay;
            foreach (var pause in breaks)
            {
                if (pause.StartTickOfDay >= shift.EndTickOfDay)
                {
                    break;
                }

                if (pause.StartTickOfDay > cursor)
                {
                    windows.Add((cursor, pause.StartTickOfDay));
                }

                cursor = Math.Max(cursor, Math.Min(pause.EndTickOfDay, shift.EndTickOfDay));
            }

            if (cursor < shift.EndTickOfDay)
            {
                windows.Add((cursor, shift.EndTickOfDay));
            }
        }

        return [.. windows];
    }
}
