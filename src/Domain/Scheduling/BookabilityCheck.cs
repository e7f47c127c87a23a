using AppointmentBooking.Domain.Catalog;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>The direct, single-start form of the slot rules, in the order the rejections report them.</summary>
internal static class BookabilityCheck
{
    internal static BookabilityResult Check(SearchContext context, Service service, StaffCandidate staff, Instant start)
    {
        var rejection = FirstRejection(context, service, staff, start.ToUnixTimeTicks());
        return rejection == BookingRejection.None
            ? new BookabilityResult(rejection, new SlotFactory(context.Zone, context.Duration).Create(staff.StaffId, start.ToUnixTimeTicks()))
            : BookabilityResult.Rejected(rejection);
    }

    private static BookingRejection FirstRejection(SearchContext context, Service service, StaffCandidate staff, long start)
    {
        var block = context.BlockFor(start);
        return !service.IsActive ? BookingRejection.ServiceInactive
            : !service.CanBePerformedBy(staff.StaffId) ? BookingRejection.StaffNotQualified
            : start < context.EarliestStart ? BookingRejection.TooSoon
            : LocalDateOf(context, start) > context.LastDate ? BookingRejection.BeyondBookingWindow
            : ContainingWindow(context, staff.Schedule, start, block) is not { } window ? BookingRejection.OutsideWorkingHours
            : !context.IsAligned(start, window.Start) ? BookingRejection.NotAligned
            : OverlapsTimeOff(context, staff.Schedule, block) ? BookingRejection.TimeOff
            : OverlapsOccupancy(context, staff.Occupancy, block) ? BookingRejection.Occupied
            : BookingRejection.None;
    }

    private static LocalDate LocalDateOf(SearchContext context, long start) =>
        Instant.FromUnixTimeTicks(start).InZone(context.Zone).Date;

    private static TickRange? ContainingWindow(SearchContext context, StaffSchedule schedule, long start, TickRange block)
    {
        var windows = new List<TickRange>();
        ZoneRule.AppendWindows(LocalDay.Of(context.Zone, LocalDateOf(context, start)), schedule, windows);
        foreach (var window in windows)
        {
            if (window.Contains(block.Start, block.End))
            {
                return window;
            }
        }

        return null;
    }

    private static bool OverlapsTimeOff(SearchContext context, StaffSchedule schedule, TickRange block)
    {
        foreach (var off in schedule.TimeOff)
        {
            if (block.Overlaps(ZoneRule.ToTicks(context.Zone, off.Start), ZoneRule.ToTicks(context.Zone, off.End)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsOccupancy(SearchContext context, StaffOccupancy occupancy, TickRange block)
    {
        foreach (var busy in occupancy.Intervals)
        {
            if (busy.BlocksAt(context.Now) && block.Overlaps(busy.Start.ToUnixTimeTicks(), busy.End.ToUnixTimeTicks()))
            {
                return true;
            }
        }

        return false;
    }
}
