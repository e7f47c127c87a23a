using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>Local dates and a part of the day: what a phrase like "next Tuesday afternoon" stands for in the tenant's zone.</summary>
/// <param name="Dates">The local dates, inclusive.</param>
/// <param name="Part">The part of each day.</param>
public sealed record TimeWindow(DateInterval Dates, DayPart Part)
{
    /// <summary>Whether a start at <paramref name="localStart"/> (tenant wall clock) lies in the window.</summary>
    public bool Contains(LocalDateTime localStart) => Dates.Contains(localStart.Date) && Part.Contains(localStart.TimeOfDay);
}
