namespace AppointmentBooking.Domain.Scheduling;

/// <summary>A half-open [Start, End) range of Unix ticks; the hot loops work on longs, not Instants.</summary>
internal readonly record struct TickRange(long Start, long End)
{
    internal bool Contains(long start, long end) => Start <= start && end <= End;

    internal bool Overlaps(long start, long end) => Start < end && start < End;
}
