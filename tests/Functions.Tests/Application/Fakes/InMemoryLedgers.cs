using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Day ledgers in memory: a write wins only against the version it read, as under an ETag.</summary>
internal sealed class InMemoryLedgers : IDayLedgerStore
{
    private readonly Dictionary<(string, string, LocalDate), (DayLedger Ledger, string Version)> stored = [];
    private int versions;

    /// <summary>How many writes were tried, won or lost.</summary>
    public int Writes { get; private set; }

    /// <summary>Makes the next writes lose as if another writer got there first.</summary>
    public int LoseNextWrites { get; set; }

    /// <summary>How long a write takes before it commits, so that concurrent claims overlap as they do against a database.</summary>
    public TimeSpan WriteDelay { get; set; }

    /// <summary>Replaces a day behind the app's back, as another instance would: a new version the app has not seen.</summary>
    public void WriteElsewhere(string tenantId, string staffId, LocalDate date, DayLedger ledger)
    {
        lock (stored)
        {
            stored[(tenantId, staffId, date)] = (ledger, $"v{++versions}");
        }
    }

    public DayLedger Day(string tenantId, string staffId, LocalDate date)
    {
        lock (stored)
        {
            return stored.TryGetValue((tenantId, staffId, date), out var day) ? day.Ledger : DayLedger.Empty;
        }
    }

    public IEnumerable<LedgerEntry> Claims(string tenantId)
    {
        lock (stored)
        {
            return [.. stored.Where(s => s.Key.Item1 == tenantId).SelectMany(s => s.Value.Ledger.Entries)];
        }
    }

    public Task<LedgerSnapshot> ReadAsync(string tenantId, string staffId, LocalDate day, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            PointReads++;
            return Task.FromResult(stored.TryGetValue((tenantId, staffId, day), out var found)
                ? new LedgerSnapshot(tenantId, staffId, day, found.Version, found.Ledger)
                : new LedgerSnapshot(tenantId, staffId, day, null, DayLedger.Empty));
        }
    }

    /// <summary>How many range reads were made (slot searches).</summary>
    public int RangeReads { get; private set; }

    /// <summary>How many point reads were made (the booking path).</summary>
    public int PointReads { get; private set; }

    public Task<IReadOnlyList<LedgerSnapshot>> ReadRangeAsync(
        string tenantId, IReadOnlyCollection<string> staffIds, DateInterval days, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            RangeReads++;
            return Task.FromResult<IReadOnlyList<LedgerSnapshot>>([.. stored
                .Where(s => s.Key.Item1 == tenantId && staffIds.Contains(s.Key.Item2) && days.Contains(s.Key.Item3))
                .Select(s => new LedgerSnapshot(tenantId, s.Key.Item2, s.Key.Item3, s.Value.Version, s.Value.Ledger))]);
        }
    }

    public async Task<LedgerSnapshot?> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken)
    {
        if (WriteDelay > TimeSpan.Zero)
        {
            await Task.Delay(WriteDelay, cancellationToken);
        }

        lock (stored)
        {
            Writes++;
            var key = (snapshot.TenantId, snapshot.StaffId, snapshot.Date);
            var current = stored.TryGetValue(key, out var found) ? found.Version : null;
            if (LoseNextWrites > 0 || current != snapshot.Version)
            {
                LoseNextWrites = Math.Max(0, LoseNextWrites - 1);
                return null;
            }

            var version = $"v{++versions}";
            stored[key] = (ledger, version);
            return snapshot with { Version = version, Ledger = ledger };
        }
    }
}
