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
            return Task.FromResult(stored.TryGetValue((tenantId, staffId, day), out var found)
                ? new LedgerSnapshot(tenantId, staffId, day, found.Version, found.Ledger)
                : new LedgerSnapshot(tenantId, staffId, day, null, DayLedger.Empty));
        }
    }

    public Task<bool> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            Writes++;
            var key = (snapshot.TenantId, snapshot.StaffId, snapshot.Date);
            var current = stored.TryGetValue(key, out var found) ? found.Version : null;
            if (LoseNextWrites > 0 || current != snapshot.Version)
            {
                LoseNextWrites = Math.Max(0, LoseNextWrites - 1);
                return Task.FromResult(false);
            }

            stored[key] = (ledger, $"v{++versions}");
            return Task.FromResult(true);
        }
    }
}
