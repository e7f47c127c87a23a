using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>
/// Reads the ledgers a search needs (parallel point reads) and, at the same time, the busy time of
/// connected staff calendars, and runs the domain's slot search on both.
/// </summary>
public sealed class AvailabilityService(IDayLedgerStore ledgers, OccupancyResolver resolver, CalendarBusyTime calendars)
{
    public async Task<SlotAvailability> FindAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, DateInterval dates, Instant now,
        CancellationToken cancellationToken)
    {
        var searchable = Clamp(tenant.Policy, dates, now);
        if (searchable is null)
        {
            return SlotAvailability.None;
        }

        var external = calendars.ForAsync(tenant.TenantId, tenant.Policy.Zone, [.. staff.Select(s => s.StaffId)], searchable, cancellationToken);
        var booked = Task.WhenAll(staff.Select(s => BookedAsync(tenant.TenantId, s, searchable, now, cancellationToken)));
        await Task.WhenAll(external, booked);
        var busy = await external;
        var candidates = (await booked).Select(b => new StaffCandidate(b.Schedule, new StaffOccupancy(b.Occupancy.Concat(busy.For(b.Schedule.StaffId)))));
        return new SlotAvailability(new SlotSearch(tenant.Policy).FindSlotsForAnyStaff(service, [.. candidates], searchable, now), busy.Calendars);
    }

    /// <summary>A ledger with the expired claims that still block (their bookings are confirmed).</summary>
    public async Task<ResolvedLedger> ReadAsync(string tenantId, string staffId, LocalDate date, Instant now, CancellationToken cancellationToken)
    {
        var snapshot = await ledgers.ReadAsync(tenantId, staffId, date, cancellationToken);
        return new ResolvedLedger(snapshot, await resolver.ConfirmedAmongExpiredAsync(snapshot, now, cancellationToken));
    }

    private async Task<(StaffSchedule Schedule, IEnumerable<BusyInterval> Occupancy)> BookedAsync(
        string tenantId, StaffSchedule schedule, DateInterval dates, Instant now, CancellationToken cancellationToken)
    {
        var days = await Task.WhenAll(dates.Select(date => ReadAsync(tenantId, schedule.StaffId, date, now, cancellationToken)));
        return (schedule, days.SelectMany(d => d.Occupancy(now)));
    }

    /// <summary>Days outside today .. the booking window cannot hold a slot: don't read their ledgers.</summary>
    private static DateInterval? Clamp(BookingPolicy policy, DateInterval dates, Instant now)
    {
        var first = LocalDate.Max(dates.Start, now.InZone(policy.Zone).Date);
        var last = LocalDate.Min(dates.End, policy.LastBookableDate(now));
        return first <= last ? new DateInterval(first, last) : null;
    }
}
