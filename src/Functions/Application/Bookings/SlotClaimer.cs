using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Claims a slot in a staff member's day ledger: read → check with the domain's rules → write under
/// the version (create when the day has no ledger) → after a lost race decide again, at once the first
/// time, within <see cref="RetryLimits.DayLedger"/>. Point reads and writes only. This instance's
/// writes of a day go one at a time (<see cref="LocalLedgerWrites"/>): a claim on a day the instance
/// just wrote starts from that write instead of reading it, and a claim that waited for another's write
/// decides again on that write without a round trip. A remembered day may only lead to a write, which
/// the version check guards; an answer without a write (taken, already held, not bookable) always
/// comes from a fresh read.
/// </summary>
public sealed class SlotClaimer(AvailabilityService availability, IDayLedgerStore ledgers, LocalLedgerWrites local)
{
    public async Task<ClaimResult> ClaimAsync(TenantConfiguration tenant, ClaimRequest request, Instant now, CancellationToken cancellationToken)
    {
        var date = request.Start.InZone(tenant.Policy.Zone).Date;
        var mayRecall = true;
        return await OptimisticRetry.RunAsync(
            RetryLimits.DayLedger,
            async () =>
            {
                var result = await TryClaimAsync(tenant, request, date, now, mayRecall, cancellationToken);
                mayRecall = false;
                return result;
            },
            cancellationToken) ?? new ClaimResult.Contended();
    }

    /// <summary>Removes the booking's claim from its day, if the claim still is <paramref name="placement"/> (a newer claim of a moved booking stays).</summary>
    public Task<bool> ReleaseAsync(string tenantId, string bookingId, SlotPlacement placement, CancellationToken cancellationToken) =>
        OptimisticRetry.RunUntilDoneAsync(RetryLimits.DayLedger, async () =>
        {
            var (snapshot, stamp) = await ReadFreshAsync(tenantId, placement, cancellationToken);
            return snapshot.Ledger.Find(bookingId) is not { } entry || !placement.IsHeldBy(entry)
                || await TryWriteAsync(snapshot, stamp, snapshot.Ledger.Without(bookingId), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Settles the booking's claim on <paramref name="placement"/> (no expiry any more); false when the
    /// claim is gone (released, or dropped after it lapsed and the slot was taken).
    /// </summary>
    public async Task<bool> SettleAsync(string tenantId, string bookingId, SlotPlacement placement, CancellationToken cancellationToken)
    {
        var held = false;
        var done = await OptimisticRetry.RunUntilDoneAsync(RetryLimits.DayLedger, async () =>
        {
            var (snapshot, stamp) = await ReadFreshAsync(tenantId, placement, cancellationToken);
            var entry = snapshot.Ledger.Find(bookingId);
            held = entry is not null && placement.IsHeldBy(entry);
            return !held || entry!.ExpiresAt is null
                || await TryWriteAsync(snapshot, stamp, snapshot.Ledger.Settle(bookingId), cancellationToken);
        }, cancellationToken);
        return done ? held : throw new InvalidOperationException($"The day of booking {bookingId} kept changing; settling its claim will be retried.");
    }

    private async Task<ClaimResult?> TryClaimAsync(
        TenantConfiguration tenant, ClaimRequest request, LocalDate date, Instant now, bool mayRecall, CancellationToken cancellationToken)
    {
        var days = await Task.WhenAll(request.Staff.Select(s => ReadDayAsync(new LedgerKey(tenant.TenantId, s.StaffId, date), now, mayRecall, cancellationToken)));
        var decision = Decide(tenant, request, days, now);
        if (decision.Write is not { } write)
        {
            return days.Any(d => d.Recalled) ? null : decision.Answer;
        }

        var key = write.Day.Key;
        using (await local.EnterAsync(key, cancellationToken))
        {
            if (local.WroteSince(key, write.Day.Stamp))
            {
                // Another request of this instance wrote the day while this one decided: decide again on that write.
                if (await RecallAsync(key, now, cancellationToken) is not { } written
                    || Decide(tenant, request, [.. days.Select(d => d.Key == key ? written : d)], now).Write is not { } again
                    || again.Day.Key != key)
                {
                    return null;
                }

                write = again;
            }

            return await TryWriteHeldAsync(write.Day.Day.Snapshot, write.Day.Day.With(write.Claim, now), cancellationToken)
                ? new ClaimResult.Claimed(write.Placement)
                : null;
        }
    }

    private async Task<DayRead> ReadDayAsync(LedgerKey key, Instant now, bool mayRecall, CancellationToken cancellationToken)
    {
        if (mayRecall && await RecallAsync(key, now, cancellationToken) is { } recalled)
        {
            return recalled;
        }

        var stamp = local.Stamp();
        return new DayRead(key, await availability.ReadAsync(key.TenantId, key.StaffId, key.Date, now, cancellationToken), stamp, Recalled: false);
    }

    private async Task<DayRead?> RecallAsync(LedgerKey key, Instant now, CancellationToken cancellationToken) =>
        local.Recall(key) is { } recent
            ? new DayRead(key, await availability.ResolveAsync(recent.Snapshot, now, cancellationToken), recent.Stamp, Recalled: true)
            : null;

    private async Task<(LedgerSnapshot Snapshot, long Stamp)> ReadFreshAsync(string tenantId, SlotPlacement placement, CancellationToken cancellationToken)
    {
        var stamp = local.Stamp();
        return (await ledgers.ReadAsync(tenantId, placement.StaffId, placement.Date, cancellationToken), stamp);
    }

    /// <summary>Writes the day in its turn, unless this instance wrote it after <paramref name="stamp"/> (then the write would lose anyway).</summary>
    private async Task<bool> TryWriteAsync(LedgerSnapshot read, long stamp, DayLedger ledger, CancellationToken cancellationToken)
    {
        var key = LedgerKey.Of(read);
        using (await local.EnterAsync(key, cancellationToken))
        {
            return !local.WroteSince(key, stamp) && await TryWriteHeldAsync(read, ledger, cancellationToken);
        }
    }

    /// <summary>The write itself; the caller holds the day's turn.</summary>
    private async Task<bool> TryWriteHeldAsync(LedgerSnapshot read, DayLedger ledger, CancellationToken cancellationToken)
    {
        if (await ledgers.TryWriteAsync(read, ledger, cancellationToken) is not { } written)
        {
            local.Forget(LedgerKey.Of(read));
            return false;
        }

        local.Remember(written);
        return true;
    }

    private static Decision Decide(TenantConfiguration tenant, ClaimRequest request, DayRead[] days, Instant now)
    {
        var resolved = days.Select(d => d.Day).ToArray();
        if (Existing(tenant, resolved, request, now) is { } existing)
        {
            return new Decision(existing, null);
        }

        var (rejection, chosen) = Choose(tenant, request, resolved, now);
        if (chosen is null)
        {
            return new Decision(new ClaimResult.Refused(rejection, resolved), null);
        }

        var placement = SlotPlacement.Of(request.Service, chosen.Snapshot.StaffId, request.Start, tenant.Policy.Zone);
        var claim = placement.ToClaim(request.BookingId, request.ExpiresAt, request.Fingerprint);
        return new Decision(null, new ClaimWrite(days.First(d => ReferenceEquals(d.Day, chosen)), claim, placement));
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

    /// <summary>A day as a claim attempt saw it: read now, or recalled from this instance's last write of it.</summary>
    private sealed record DayRead(LedgerKey Key, ResolvedLedger Day, long Stamp, bool Recalled);

    /// <summary>What to write: the claim, on which day, placed where.</summary>
    private sealed record ClaimWrite(DayRead Day, LedgerEntry Claim, SlotPlacement Placement);

    /// <summary>Either an answer without a write, or the write to try.</summary>
    private sealed record Decision(ClaimResult? Answer, ClaimWrite? Write);
}
