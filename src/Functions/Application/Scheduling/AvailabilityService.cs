using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>
/// Reads the ledgers a search needs and runs the domain's slot search on them. A search reads all its
/// days in one range read (one query, whatever the number of days and staff) plus one appointment read
/// per lapsed claim, which in steady state is none: the saga settles a confirmed booking's claim. The
/// booking path reads its one day with <see cref="ReadAsync"/>, a point read that keeps the version
/// its write needs.
/// </summary>
public sealed class AvailabilityService(IDayLedgerStore ledgers, OccupancyResolver resolver)
{
    public async Task<IReadOnlyList<AvailableSlot>> FindAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, DateInterval dates, Instant now,
        CancellationToken cancellationToken)
    {
        var searchable = Clamp(tenant.Policy, dates, now);
        if (searchable is null)
        {
            return [];
        }

        var days = await ReadRangeAsync(tenant.TenantId, staff, searchable, now, cancellationToken);
        return Search(tenant, service, staff, days, searchable, now);
    }

    /// <summary>The slot search over ledgers already read; a staff member's day without a ledger is free.</summary>
    public static IReadOnlyList<AvailableSlot> Search(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, IEnumerable<ResolvedLedger> days, DateInterval dates,
        Instant now)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(staff);
        var byStaff = days.ToLookup(d => d.Snapshot.StaffId, StringComparer.Ordinal);
        var candidates = staff.Select(s => new StaffCandidate(s, new StaffOccupancy(byStaff[s.StaffId].SelectMany(d => d.Occupancy(now))))).ToList();
        return new SlotSearch(tenant.Policy).FindSlotsForAnyStaff(service, candidates, dates, now);
    }

    /// <summary>A ledger with the expired claims that still block (their bookings are confirmed).</summary>
    public async Task<ResolvedLedger> ReadAsync(string tenantId, string staffId, LocalDate date, Instant now, CancellationToken cancellationToken) =>
        await ResolveAsync(await ledgers.ReadAsync(tenantId, staffId, date, cancellationToken), now, cancellationToken);

    private async Task<ResolvedLedger[]> ReadRangeAsync(
        string tenantId, IReadOnlyList<StaffSchedule> staff, DateInterval dates, Instant now, CancellationToken cancellationToken)
    {
        var snapshots = await ledgers.ReadRangeAsync(tenantId, [.. staff.Select(s => s.StaffId)], dates, cancellationToken);
        return await Task.WhenAll(snapshots.Select(s => ResolveAsync(s, now, cancellationToken)));
    }

    /// <summary>A snapshot with the expired claims that still block at <paramref name="now"/>.</summary>
    public async Task<ResolvedLedger> ResolveAsync(LedgerSnapshot snapshot, Instant now, CancellationToken cancellationToken) =>
        new(snapshot, await resolver.ConfirmedAmongExpiredAsync(snapshot, now, cancellationToken));

    /// <summary>Days outside today .. the booking window cannot hold a slot: don't read their ledgers.</summary>
    private static DateInterval? Clamp(BookingPolicy policy, DateInterval dates, Instant now)
    {
        var first = LocalDate.Max(dates.Start, now.InZone(policy.Zone).Date);
        var last = LocalDate.Min(dates.End, policy.LastBookableDate(now));
        return first <= last ? new DateInterval(first, last) : null;
    }
}
