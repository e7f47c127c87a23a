using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Load;

/// <summary>What was found in the store after a scenario.</summary>
internal sealed record Verification(
    int Ledgers,
    int LiveClaims,
    int Appointments,
    int OverlappingClaimPairs,
    int OverlappingAppointmentPairs,
    int ClaimsWithoutAppointment,
    int AppointmentsWithoutClaim,
    int ExcessBookings)
{
    /// <summary>The number the report calls double bookings: overlapping live appointments of one staff member.</summary>
    public int DoubleBookings => OverlappingAppointmentPairs;
}

/// <summary>The claims of a tenant at one moment: settled (no expiry), still holding, or lapsed (a slot search must ask their appointment).</summary>
internal sealed record ClaimStates(int Settled, int Holding, int Lapsed);

/// <summary>Reads everything a scenario wrote, page by page with a keyset cursor (the emulator cannot page otherwise).</summary>
internal sealed class Verifier(CosmosStore store)
{
    private const int PageSize = 200;

    public async Task<Verification> LedgerAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        var ledgers = await ReadAllAsync<DayLedgerDocument>(tenantId, DocumentTypes.DayLedger, cancellationToken);
        var appointments = await ReadAllAsync<AppointmentDocument>(tenantId, DocumentTypes.Appointment, cancellationToken);
        var live = appointments.Where(a => a.Status is BookingStatus.Confirmed or BookingStatus.PendingPayment).ToList();
        var liveIds = live.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        // A claim blocks while its hold runs or once its booking is confirmed; both kinds must never overlap on one ledger.
        var claims = ledgers
            .Select(l => l.Entries.Where(e => e.ExpiresAt is null || e.ExpiresAt > now || liveIds.Contains(e.BookingId)).ToList())
            .ToList();
        var claimIds = claims.SelectMany(c => c).Select(e => e.BookingId).ToHashSet(StringComparer.Ordinal);
        return new Verification(
            ledgers.Count,
            claims.Sum(c => c.Count),
            live.Count,
            claims.Sum(c => OverlappingPairs(c.Select(e => (e.Start, e.End)))),
            live.GroupBy(a => a.StaffId).Sum(g => OverlappingPairs(g.Select(a => (a.BlockStart, a.BlockEnd)))),
            claimIds.Count(id => !liveIds.Contains(id)),
            live.Count(a => !claimIds.Contains(a.Id)),
            live.GroupBy(a => a.StaffId).Sum(g => Excess(g.Select(a => (a.BlockStart, a.BlockEnd)))));
    }

    public async Task<ClaimStates> ClaimStatesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        var entries = (await ReadAllAsync<DayLedgerDocument>(tenantId, DocumentTypes.DayLedger, cancellationToken)).SelectMany(l => l.Entries).ToList();
        return new ClaimStates(
            entries.Count(e => e.ExpiresAt is null),
            entries.Count(e => e.ExpiresAt > now),
            entries.Count(e => e.ExpiresAt <= now));
    }

    public async Task<Verification> NaiveAsync(string partition, CancellationToken cancellationToken)
    {
        var appointments = await ReadAllAsync<NaiveAppointment>(partition, NaiveEndpoint.Type, cancellationToken);
        return new Verification(
            0,
            0,
            appointments.Count,
            0,
            appointments.GroupBy(a => a.StaffId).Sum(g => OverlappingPairs(g.Select(a => (a.Start, a.End)))),
            0,
            0,
            appointments.GroupBy(a => a.StaffId).Sum(g => Excess(g.Select(a => (a.Start, a.End)))));
    }

    /// <summary>Pairs of half-open intervals that share at least one instant.</summary>
    public static int OverlappingPairs(IEnumerable<(Instant Start, Instant End)> intervals)
    {
        var sorted = intervals.OrderBy(i => i.Start).ToList();
        var pairs = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Start < sorted[i].End; j++)
            {
                pairs++;
            }
        }

        return pairs;
    }

    /// <summary>Bookings beyond the most that can coexist without overlap (greedy by end: the maximum compatible set).</summary>
    public static int Excess(IEnumerable<(Instant Start, Instant End)> intervals)
    {
        var sorted = intervals.OrderBy(i => i.End).ToList();
        var kept = 0;
        var free = Instant.MinValue;
        foreach (var (start, end) in sorted)
        {
            if (start >= free)
            {
                kept++;
                free = end;
            }
        }

        return sorted.Count - kept;
    }

    private async Task<List<T>> ReadAllAsync<T>(string tenantId, string type, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        var all = new List<T>();
        var after = string.Empty;
        for (var page = 0; page < 10_000; page++)
        {
            var batch = await store.QueryAsync<T>(
                tenantId,
                type,
                new PartitionQuery("c.id > @after", "c.id", PageSize) { Parameters = new Dictionary<string, object> { ["@after"] = after } },
                cancellationToken);
            all.AddRange(batch);
            if (batch.Count < PageSize)
            {
                return all;
            }

            after = batch[^1].Id;
        }

        throw new InvalidOperationException($"More than {10_000 * PageSize} {type} documents in {tenantId}.");
    }
}
