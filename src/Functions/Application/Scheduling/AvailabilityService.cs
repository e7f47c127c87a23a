using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>
/// Reads the ledgers a search needs and, at the same time, the busy time of connected staff calendars,
/// and runs the domain's slot search on both. A search reads all its days in one range read (one query,
/// whatever the number of days and staff) plus one appointment read per lapsed claim, which in steady
/// state is none: the saga settles a confirmed booking's claim. The booking path reads its one day with
/// <see cref="ReadAsync"/>, a point read that keeps the version its write needs.
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

        var external = BusyAsync(tenant, staff, searchable, cancellationToken);
        var days = ReadRangeAsync(tenant.TenantId, staff, searchable, now, cancellationToken);
        await Task.WhenAll(external, days);
        var busy = await external;
        return new SlotAvailability(Search(tenant, service, staff, await days, busy, searchable, now), busy.Calendars);
    }

    /// <summary>The slot search of one day over ledgers already read (a refused claim's fresh read), with the staff calendars' busy time.</summary>
    public async Task<IReadOnlyList<AvailableSlot>> SearchDayAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, IEnumerable<ResolvedLedger> days, LocalDate date, Instant now,
        CancellationToken cancellationToken)
    {
        var day = new DateInterval(date, date);
        return Search(tenant, service, staff, days, await BusyAsync(tenant, staff, day, cancellationToken), day, now);
    }

    /// <summary>A ledger with the expired claims that still block (their bookings are confirmed).</summary>
    public async Task<ResolvedLedger> ReadAsync(string tenantId, string staffId, LocalDate date, Instant now, CancellationToken cancellationToken) =>
        await ResolveAsync(await ledgers.ReadAsync(tenantId, staffId, date, cancellationToken), now, cancellationToken);

    /// <summary>A snapshot with the expired claims that still block at <paramref name="now"/>.</summary>
    public async Task<ResolvedLedger> ResolveAsync(LedgerSnapshot snapshot, Instant now, CancellationToken cancellationToken) =>
        new(snapshot, await resolver.ConfirmedAmongExpiredAsync(snapshot, now, cancellationToken));

    /// <summary>The slot search; a staff member's day without a ledger is free but for their calendar's busy time.</summary>
    private static IReadOnlyList<AvailableSlot> Search(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, IEnumerable<ResolvedLedger> days, ExternalBusyTime busy,
        DateInterval dates, Instant now)
    {
        var byStaff = days.ToLookup(d => d.Snapshot.StaffId, StringComparer.Ordinal);
        var candidates = staff.Select(s => new StaffCandidate(s, new StaffOccupancy(
            byStaff[s.StaffId].SelectMany(d => d.Occupancy(now)).Concat(busy.For(s.StaffId))))).ToList();
        return new SlotSearch(tenant.Policy).FindSlotsForAnyStaff(service, candidates, dates, now);
    }

    private Task<ExternalBusyTime> BusyAsync(TenantConfiguration tenant, IReadOnlyList<StaffSchedule> staff, DateInterval dates, CancellationToken cancellationToken) =>
        calendars.ForAsync(tenant.TenantId, tenant.Policy.Zone, [.. staff.Select(s => s.StaffId)], dates, cancellationToken);

    private async Task<ResolvedLedger[]> ReadRangeAsync(
        string tenantId, IReadOnlyList<StaffSchedule> staff, DateInterval dates, Instant now, CancellationToken cancellationToken)
    {
        var snapshots = await ledgers.ReadRangeAsync(tenantId, [.. staff.Select(s => s.StaffId)], dates, cancellationToken);
        return await Task.WhenAll(snapshots.Select(s => ResolveAsync(s, now, cancellationToken)));
    }

    /// <summary>Days outside today .. the booking window cannot hold a slot: don't read their ledgers.</summary>
    private static DateInterval? Clamp(BookingPolicy policy, DateInterval dates, Instant now)
    {
        var first = LocalDate.Max(dates.Start, now.InZone(policy.Zone).Date);
        var last = LocalDate.Min(dates.End, policy.LastBookableDate(now));
        return first <= last ? new DateInterval(first, last) : null;
    }
}
