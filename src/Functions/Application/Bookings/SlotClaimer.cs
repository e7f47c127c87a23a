using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Claims a slot in a staff member's day ledger: read → check with the domain's rules → write under
/// the ETag (create when the day has no ledger) → on a lost race read again, a bounded number of
/// times with jittered back-off. Point reads and writes only.
/// </summary>
public sealed class SlotClaimer(AvailabilityService availability, LedgerStore ledgers)
{
    private const int MaxAttempts = 16;

    public async Task<ClaimResult> ClaimAsync(TenantConfiguration tenant, ClaimRequest request, Instant now, CancellationToken cancellationToken)
    {
        var date = request.Start.InZone(tenant.Policy.Zone).Date;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var days = await Task.WhenAll(request.Staff.Select(s => availability.ReadAsync(tenant.TenantId, s.StaffId, date, now, cancellationToken)));
            if (Existing(days, request, now) is { } existing)
            {
                return existing;
            }

            var (rejection, day) = Choose(tenant, request, days, now);
            if (day is null)
            {
                return new ClaimResult(rejection);
            }

            var entry = Entry(tenant, request, now);
            if (await ledgers.TryWriteAsync(day.Snapshot, day.With(entry, now), cancellationToken))
            {
                return ClaimResult.Claimed(day.Snapshot.StaffId, date, entry);
            }

            await Task.Delay(Backoff(attempt), cancellationToken);
        }

        return new ClaimResult(BookingRejection.Occupied) { Contended = true };
    }

    /// <summary>Removes the booking's claim from a day, if it still starts at <paramref name="blockStart"/> (a newer claim of a rescheduled booking stays).</summary>
    public async Task ReleaseAsync(string tenantId, string staffId, LocalDate date, string bookingId, Instant blockStart, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var snapshot = await ledgers.ReadAsync(tenantId, staffId, date, cancellationToken);
            if (snapshot.Ledger.Find(bookingId) is not { } entry || entry.Start != blockStart)
            {
                return;
            }

            if (await ledgers.TryWriteAsync(snapshot, snapshot.Ledger.Without(bookingId), cancellationToken))
            {
                return;
            }

            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    /// <summary>A retry finds its own live claim; a different request under the same key is refused.</summary>
    private static ClaimResult? Existing(ResolvedLedger[] days, ClaimRequest request, Instant now)
    {
        foreach (var day in days)
        {
            if (day.Snapshot.Ledger.Find(request.BookingId) is not { } entry)
            {
                continue;
            }

            if (entry.Fingerprint == request.Fingerprint && (entry.IsLiveAt(now) || day.ConfirmedExpired.Contains(entry.BookingId)))
            {
                return ClaimResult.Claimed(day.Snapshot.StaffId, day.Snapshot.Date, entry);
            }

            if (entry.Fingerprint != request.Fingerprint && !request.MayMoveExistingClaim)
            {
                return new ClaimResult(BookingRejection.None) { KeyReused = true };
            }
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

    private static LedgerEntry Entry(TenantConfiguration tenant, ClaimRequest request, Instant now) => new(
        request.BookingId,
        request.Start - request.Service.BufferBefore,
        request.Start + request.Service.Duration + request.Service.BufferAfter,
        now + tenant.Policy.HoldDuration,
        request.Fingerprint);

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, (int)Math.Min(250, 5 * Math.Pow(2, attempt)) + 1));
}
