namespace AppointmentBooking.Domain.Scheduling;

/// <summary>A half-open [Start, End) range of Unix ticks; the hot loops work on longs, not Instants.</summary>
internal readonly record struct TickRange(long Start, long End)
{
    internal bool Contains(long start, long end) => Start <= start && end <= End;

    /// <summary>
    /// Half-open overlap; an empty range overlaps nothing, so a time off that falls wholly inside a
    /// spring-forward gap (it maps to no real instant) blocks nothing.
    /// </summary>
    internal bool Overlaps(long start, long end) => start < end && Start < end && start < End;
}
