using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>The numbers every rule needs for one request, in ticks, computed once.</summary>
internal sealed class SearchContext
{
    internal SearchContext(BookingPolicy policy, Service service, Instant now)
    {
        Zone = policy.Zone;
        Now = now;
        BufferBefore = service.BufferBefore.BclCompatibleTicks;
        Duration = service.Duration.BclCompatibleTicks;
        BufferAfter = service.BufferAfter.BclCompatibleTicks;
        Interval = policy.SlotInterval.BclCompatibleTicks;
        EarliestStart = (now + policy.MinimumNotice).ToUnixTimeTicks();
        Today = now.InZone(Zone).Date;
        LastDate = policy.LastBookableDate(now);
    }

    internal DateTimeZone Zone { get; }

    internal Instant Now { get; }

    internal long BufferBefore { get; }

    internal long Duration { get; }

    internal long BufferAfter { get; }

    internal long Interval { get; }

    internal long EarliestStart { get; }

    internal LocalDate Today { get; }

    internal LocalDate LastDate { get; }

    /// <summary>The staff time a start occupies: the appointment plus both buffers.</summary>
    internal TickRange BlockFor(long start) => new(start - BufferBefore, start + Duration + BufferAfter);

    /// <summary>Whether <paramref name="start"/> lies on the grid of a window starting at <paramref name="windowStart"/>.</summary>
    internal bool IsAligned(long start, long windowStart) => (start - windowStart) % Interval == 0;
}
