using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Reads and conditionally writes day ledgers: point operations only.</summary>
public sealed class LedgerStore(CosmosStore store)
{
    public async Task<LedgerSnapshot> ReadAsync(string tenantId, string staffId, LocalDate date, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync<DayLedgerDocument>(tenantId, DayLedgerDocument.IdFor(staffId, date), cancellationToken);
        return new LedgerSnapshot(tenantId, staffId, date, document?.ETag, ToDomain(document));
    }

    /// <summary>Writes the new ledger if the stored one is still the snapshot's version; false when another writer won.</summary>
    public async Task<bool> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken)
    {
        var document = new DayLedgerDocument
        {
            Id = DayLedgerDocument.IdFor(snapshot.StaffId, snapshot.Date),
            TenantId = snapshot.TenantId,
            StaffId = snapshot.StaffId,
            Date = snapshot.Date,
            Entries = [.. ledger.Entries.Select(e => new LedgerEntryDocument(e.BookingId, e.Start, e.End, e.ExpiresAt, e.Fingerprint))],
            ETag = snapshot.ETag,
        };
        return await store.TryWriteAsync(document, cancellationToken) is not null;
    }

    private static DayLedger ToDomain(DayLedgerDocument? document) =>
        document is null
            ? DayLedger.Empty
            : new DayLedger(document.Entries.Select(e => new LedgerEntry(e.BookingId, e.Start, e.End, e.ExpiresAt, e.Fingerprint)));
}
