using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// A period a staff member is away, [Start, End) in local date-time of the tenant's zone. Kept
/// local (not as instants) so "off all of 1 December" stays the whole local day whatever the
/// offset; it is mapped to instants with the same rule as working hours.
/// </summary>
public sealed record TimeOff
{
    /// <summary>Creates a partial or multi-day absence; <paramref name="end"/> must be after <paramref name="start"/>.</summary>
    public TimeOff(LocalDateTime start, LocalDateTime end)
    {
        Preconditions.CheckArgument(end > start, nameof(end), "must be after start.");
        Start = start;
        End = end;
    }

    /// <summary>The first local date-time of the absence.</summary>
    public LocalDateTime Start { get; }

    /// <summary>The first local date-time after the absence.</summary>
    public LocalDateTime End { get; }

    /// <summary>Whole days off, from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TimeOff WholeDays(LocalDate first, LocalDate last)
    {
        Preconditions.CheckArgument(last >= first, nameof(last), "must not be before first.");
        return new TimeOff(first.AtMidnight(), last.PlusDays(1).AtMidnight());
    }
}
