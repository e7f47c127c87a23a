using NodaTime;
using NodaTime.TimeZones;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>Builds <see cref="AvailableSlot"/>s, reusing the zone interval while starts stay inside it.</summary>
internal sealed class SlotFactory(DateTimeZone zone, long durationTicks)
{
    private ZoneInterval? current;

    internal AvailableSlot Create(string staffId, long startTicks, LocalDay day)
    {
        var start = Instant.FromUnixTimeTicks(startTicks);
        if (day.TryGetLocal(startTicks, out var local, out var wallOffset))
        {
            return new AvailableSlot(staffId, start, Instant.FromUnixTimeTicks(startTicks + durationTicks), local, wallOffset);
        }

        return Create(staffId, startTicks);
    }

    internal AvailableSlot Create(string staffId, long startTicks)
    {
        var start = Instant.FromUnixTimeTicks(startTicks);
        if (current is null || !current.Contains(start))
        {
            current = zone.GetZoneInterval(start);
        }

        var offset = current.WallOffset;
        return new AvailableSlot(staffId, start, Instant.FromUnixTimeTicks(startTicks + durationTicks), start.WithOffset(offset).LocalDateTime, offset);
    }
}
