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

    /// <summary>Writes <paramref name="ledger"/> if the stored day is still at the snapshot's version; false when another writer won.</summary>
    Task<bool> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken);
}
