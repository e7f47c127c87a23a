using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Claims a slot in a staff member's day ledger: read → check with the domain's rules → write under
/// the version (create when the day has no ledger) → on a lost race read again, within
/// <see cref="RetryLimits.DayLedger"/>. Point reads and writes only.
/// </summary>
public sealed class SlotClaimer(AvailabilityService availability, IDayLedgerStore ledgers)
{
    public async Task<ClaimResult> ClaimAsync(TenantConfiguration tenant, ClaimRequest request, Instant now, CancellationToken cancellationToken)
    {
        var date = request.Start.InZone(tenant.Policy.Zone).Date;
        return await OptimisticRetry.RunAsync(
            RetryLimits.DayLedger, () => TryClaimAsync(tenant, request, date, now, cancellationToken), cancellationToken)
            ?? new ClaimResult.Contended();
    }

    /// <summary>Removes the booking's claim from its day, if the claim still is <paramref name="placement"/> (a newer claim of a moved booking stays).</summary>
    public Task<bool> ReleaseAsync(string tenantId, string bookingId, SlotPlacement placement, CancellationToken cancellationToken) =>
        OptimisticRetry.RunUntilDoneAsync(
            RetryLimits.DayLedger, () => TryReleaseAsync(tenantId, bookingId, placement, cancellationToken), cancellationToken);

    /// <summary>
    /// Settles the booking's claim on <paramref name="placement"/> (no expiry any more); false when the
    /// claim is gone (released, or dropped after it lapsed and the slot was taken).
    /// </summary>
    public async Task<bool> SettleAsync(string tenantId, string bookingId, SlotPlacement placement, CancellationToken cancellationToken)
    {
        var held = false;
        var done = await OptimisticRetry.RunUntilDoneAsync(RetryLimits.DayLedger, async () =>
        {
            var snapshot = await ledgers.ReadAsync(tenantId, placement.StaffId, placement.Date, cancellationToken);
            var entry = snapshot.Ledger.Find(bookingId);
            held = entry is not null && placement.IsHeldBy(entry);
            return !held || entry!.ExpiresAt is null
                || await ledgers.TryWriteAsync(snapshot, snapshot.Ledger.Settle(bookingId), cancellationToken);
        }, cancellationToken);
        return done ? held : throw new InvalidOperationException($"The day of booking {bookingId} kept changing; settling its claim will be retried.");
    }

    private async Task<ClaimResult?> TryClaimAsync(
        TenantConfiguration tenant, ClaimRequest request, LocalDate date, Instant now, CancellationToken cancellationToken)
    {
        var days = await Task.WhenAll(request.Staff.Select(s => availability.ReadAsync(tenant.TenantId, s.StaffId, date, now, cancellationToken)));
        if (Existing(tenant, days, request, now) is { } existing)
        {
            return existing;
        }

        var (rejection, day) = Choose(tenant, request, days, now);
        if (day is null)
        {
            return new ClaimResult.Refused(rejection);
        }

        var placement = SlotPlacement.Of(request.Service, day.Snapshot.StaffId, request.Start, tenant.Policy.Zone);
        var claim = placement.ToClaim(request.BookingId, request.ExpiresAt, request.Fingerprint);
        return await ledgers.TryWriteAsync(day.Snapshot, day.With(claim, now), cancellationToken) ? new ClaimResult.Claimed(placement) : null;
    }

    private async Task<bool> TryReleaseAsync(string tenantId, string bookingId, SlotPlacement placement, CancellationToken cancellationToken)
    {
        var snapshot = await ledgers.ReadAsync(tenantId, placement.StaffId, placement.Date, cancellationToken);
        return snapshot.Ledger.Find(bookingId) is not { } entry || !placement.IsHeldBy(entry)
            || await ledgers.TryWriteAsync(snapshot, snapshot.Ledger.Without(bookingId), cancellationToken);
    }

    /// <summary>
    /// A retried create finds its own live claim (or learns it was moved since) and a different
    /// request under the same key is refused; a retried move finds its claim already at the requested start.
    /// </summary>
    private static ClaimResult? Existing(TenantConfiguration tenant, ResolvedLedger[] days, ClaimRequest request, Instant now)
    {
        foreach (var day in days)
        {
            if (day.Snapshot.Ledger.Find(request.BookingId) is not { } entry)
            {
                continue;
            }

            var placement = SlotPlacement.Of(request.Service, day.Snapshot.StaffId, request.Start, tenant.Policy.Zone);
            var live = day.LiveClaimOf(request.BookingId, now) is not null;
            if (request.MayMoveExistingClaim)
            {
                return live && placement.IsHeldBy(entry) ? new ClaimResult.Claimed(placement) : null;
            }

            if (entry.Fingerprint != request.Fingerprint)
            {
                return new ClaimResult.KeyReused();
            }

            // A lapsed claim is claimed again; a live one elsewhere belongs to the booking since moved.
            return !live ? null : placement.IsHeldBy(entry) ? new ClaimResult.Claimed(placement) : new ClaimResult.HeldElsewhere();
        }

        return null;
    }

    private static (BookingRejection Rejection, ResolvedLedger? Day) Choose(
        TenantConfiguration tenant, ClaimRequest request, ResolvedLedger[] days, Instant now)
    {
        var search = new SlotSearch(tenant.Policy);
        var candidates = days
            .Select(d => new StaffCandidate(
                request.Staff.First(s => s.StaffId == d.Snapshot.StaffId),
                new StaffOccupancy(d.Occupancy(now, request.BookingId))))
            .ToList();
        if (candidates.Count > 1)
        {
            var date = new DateInterval(days[0].Snapshot.Date, days[0].Snapshot.Date);
            var assigned = search.FindSlotsForAnyStaff(request.Service, candidates, date, now)
                .Where(s => s.Start == request.Start)
                .Select(s => s.StaffId)
                .FirstOrDefault();
            if (assigned is not null)
            {
                return (BookingRejection.None, days.First(d => d.Snapshot.StaffId == assigned));
            }
        }

        var results = candidates.Select(c => search.CanBook(request.Service, c, request.Start, now)).ToList();
        var bookable = results.FindIndex(r => r.IsBookable);
        return bookable >= 0
            ? (BookingRejection.None, days[bookable])
            : (MostTelling(results.Select(r => r.Rejection)), null);
    }

    /// <summary>"Taken" is the answer that offers alternatives, so it wins over the other reasons.</summary>
    private static BookingRejection MostTelling(IEnumerable<BookingRejection> rejections)
    {
        var all = rejections.ToList();
        return all.Contains(BookingRejection.Occupied) ? BookingRejection.Occupied : all.FirstOrDefault(BookingRejection.OutsideWorkingHours);
    }
}
