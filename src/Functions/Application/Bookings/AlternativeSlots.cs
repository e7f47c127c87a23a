using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// The three free slots nearest to a start that was just taken, on that day or the next. The day's
/// ledgers are the ones the refused claim read; the next day is read only when it could hold a slot
/// nearer than the third nearest of the day (it never can when that one is closer than midnight).
/// </summary>
public sealed class AlternativeSlots(AvailabilityService availability)
{
    private const int Count = 3;

    /// <summary>For a caller that has not just read the day: both days in one range read.</summary>
    public async Task<IReadOnlyList<AvailableSlot>> NearAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, Instant start, Instant now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var date = start.InZone(tenant.Policy.Zone).Date;
        var found = await availability.FindAsync(tenant, service, staff, new DateInterval(date, date.PlusDays(1)), now, cancellationToken);
        return [.. Nearest(found.Slots, start).OrderBy(s => s.Start)];
    }

    /// <summary>For a refused claim: the day as the claim read it, and the next day only if it could matter.</summary>
    public async Task<IReadOnlyList<AvailableSlot>> NearAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, Instant start, Instant now,
        IReadOnlyList<ResolvedLedger> dayRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var zone = tenant.Policy.Zone;
        var date = start.InZone(zone).Date;
        var sameDay = await availability.SearchDayAsync(tenant, service, staff, dayRead, date, now, cancellationToken);
        var nearest = Nearest(sameDay, start);
        var nextDayStart = date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        if (nearest.Count < Count || Distance(nearest[^1].Start, start) > nextDayStart - start)
        {
            var nextDay = new DateInterval(date.PlusDays(1), date.PlusDays(1));
            nearest = Nearest([.. sameDay, .. (await availability.FindAsync(tenant, service, staff, nextDay, now, cancellationToken)).Slots], start);
        }

        return [.. nearest.OrderBy(s => s.Start)];
    }

    /// <summary>Nearest first; on equal distance the earlier start, as the slots come in start order.</summary>
    private static List<AvailableSlot> Nearest(IEnumerable<AvailableSlot> slots, Instant start) =>
        [.. slots.OrderBy(s => Distance(s.Start, start)).Take(Count)];

    private static Duration Distance(Instant a, Instant b) => a > b ? a - b : b - a;
}
