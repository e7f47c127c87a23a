using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Common;
using Microsoft.Extensions.Caching.Memory;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// This instance's writes of day ledgers. They go one at a time per ledger (<see cref="EnterAsync"/>),
/// so two requests of one instance never race each other through Cosmos DB; and each leaves the day as
/// written for a short while (<see cref="Recall"/>), so the next booking on a busy day writes against
/// it without reading it back, and a request that waited for another's write decides on that write at
/// once. Nothing here replaces the version check: a write of another instance is still caught by it.
/// At most <see cref="MaxLedgers"/> days are remembered.
/// </summary>
public sealed class LocalLedgerWrites : IDisposable
{
    public const int MaxLedgers = 10_000;
    private static readonly TimeSpan Remembered = TimeSpan.FromSeconds(10);

    private readonly MemoryCache written = new(new MemoryCacheOptions { SizeLimit = MaxLedgers });
    private readonly KeyedGate<LedgerKey> gate = new();
    private long stamps;

    /// <summary>Taken before reading a ledger: a later <see cref="WroteSince"/> tells whether this instance wrote it after the read began.</summary>
    public long Stamp() => Interlocked.Read(ref stamps);

    /// <summary>The ledger's write turn in this instance; hold it from the last look at the day to the end of the write.</summary>
    public Task<IDisposable> EnterAsync(LedgerKey key, CancellationToken cancellationToken) => gate.EnterAsync(key, cancellationToken);

    /// <summary>The day as this instance last wrote it, while remembered.</summary>
    public RecentLedgerWrite? Recall(LedgerKey key) => written.TryGetValue(key, out RecentLedgerWrite? recent) ? recent : null;

    /// <summary>Whether this instance wrote the ledger after <paramref name="stamp"/> was taken.</summary>
    public bool WroteSince(LedgerKey key, long stamp) => Recall(key) is { } recent && recent.Stamp > stamp;

    /// <summary>Records a write that succeeded (call it while holding the ledger's turn).</summary>
    public void Remember(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var recent = new RecentLedgerWrite(snapshot, Interlocked.Increment(ref stamps));
        written.Set(LedgerKey.Of(snapshot), recent, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remembered });
    }

    /// <summary>Drops what is remembered of a day another instance changed.</summary>
    public void Forget(LedgerKey key) => written.Remove(key);

    public void Dispose() => written.Dispose();
}
