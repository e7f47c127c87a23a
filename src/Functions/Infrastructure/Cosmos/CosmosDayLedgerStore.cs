using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Day ledgers as one document per staff member and date, written under their ETag: point operations only.</summary>
internal sealed class CosmosDayLedgerStore(CosmosStore store) : IDayLedgerStore
{
    public async Task<LedgerSnapshot> ReadAsync(string tenantId, string staffId, LocalDate day, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync<DayLedgerDocument>(tenantId, DayLedgerDocument.IdFor(staffId, day), cancellationToken);
        return new LedgerSnapshot(tenantId, staffId, day, document?.ETag, ToDomain(document));
    }

    public async Task<bool> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken)
    {
        var document = new DayLedgerDocument
        {
            Id = DayLedgerDocument.IdFor(snapshot.StaffId, snapshot.Date),
            TenantId = snapshot.TenantId,
            StaffId = snapshot.StaffId,
            Date = snapshot.Date,
            Entries = [.. ledger.Entries.Select(e => new LedgerEntryDocument(e.BookingId, e.Start, e.End, e.ExpiresAt, e.Fingerprint))],
            ETag = snapshot.Version,
        };
        return await store.TryWriteAsync(document, cancellationToken) is not null;
    }

    private static DayLedger ToDomain(DayLedgerDocument? document) =>
        document is null
            ? DayLedger.Empty
            : new DayLedger(document.Entries.Select(e => new LedgerEntry(e.BookingId, e.Start, e.End, e.ExpiresAt, e.Fingerprint)));
}
