using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// Reads and conditionally writes the one ledger per staff member and local date; the conditional
/// write is what makes a double booking impossible.
/// </summary>
public interface IDayLedgerStore
{
    /// <summary>The day's ledger, empty (with a null version) when nothing was claimed yet.</summary>
    Task<LedgerSnapshot> ReadAsync(string tenantId, string staffId, LocalDate day, CancellationToken cancellationToken);

    /// <summary>
    /// The stored ledgers of <paramref name="staffIds"/> on the dates of <paramref name="days"/>, read
    /// together in one request: what slot search reads. Days nobody has claimed are absent, and the
    /// result comes in no particular order.
    /// </summary>
    Task<IReadOnlyList<LedgerSnapshot>> ReadRangeAsync(
        string tenantId, IReadOnlyCollection<string> staffIds, DateInterval days, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="ledger"/> if the stored day is still at the snapshot's version, and returns
    /// the day as written (with its new version); null when another writer won.
    /// </summary>
    Task<LedgerSnapshot?> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken);
}
