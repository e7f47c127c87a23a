using System.Globalization;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Day ledgers as one document per staff member and date, written under their ETag. The booking path
/// reads and writes one day with point operations; slot search reads a range of days with one
/// single-partition query.
/// </summary>
internal sealed class CosmosDayLedgerStore(CosmosStore store) : IDayLedgerStore
{
    public async Task<LedgerSnapshot> ReadAsync(string tenantId, string staffId, LocalDate day, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync<DayLedgerDocument>(tenantId, DayLedgerDocument.IdFor(staffId, day), cancellationToken);
        return new LedgerSnapshot(tenantId, staffId, day, document?.ETag, ToDomain(document));
    }

    /// <summary>
    /// One query filtered on staff ids and the ISO dates (which order as strings). There is at most one
    /// ledger per staff member and date, so <c>TOP</c> (and the page size) of staff × days holds every
    /// match: the answer is one page, never a continuation.
    /// </summary>
    public async Task<IReadOnlyList<LedgerSnapshot>> ReadRangeAsync(
        string tenantId, IReadOnlyCollection<string> staffIds, DateInterval days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staffIds);
        ArgumentNullException.ThrowIfNull(days);
        if (staffIds.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object> { ["@from"] = Iso(days.Start), ["@to"] = Iso(days.End) };
        var names = staffIds.Select((staffId, i) =>
        {
            var name = $"@staff{i}";
            parameters[name] = staffId;
            return name;
        }).ToList();
        var query = new PartitionQuery($"c.staffId IN ({string.Join(", ", names)}) AND c.date >= @from AND c.date <= @to", Top: staffIds.Count * days.Length)
        {
            Parameters = parameters,
        };
        var documents = await store.QueryAsync<DayLedgerDocument>(tenantId, DocumentTypes.DayLedger, query, cancellationToken);
        return [.. documents.Select(d => new LedgerSnapshot(tenantId, d.StaffId, d.Date, d.ETag, ToDomain(d)))];
    }

    public async Task<LedgerSnapshot?> TryWriteAsync(LedgerSnapshot snapshot, DayLedger ledger, CancellationToken cancellationToken)
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
        return await store.TryWriteAsync(document, cancellationToken) is { } written ? snapshot with { Version = written.ETag, Ledger = ledger } : null;
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DayLedger ToDomain(DayLedgerDocument? document) =>
        document is null
            ? DayLedger.Empty
            : new DayLedger(document.Entries.Select(e => new LedgerEntry(e.BookingId, e.Start, e.End, e.ExpiresAt, e.Fingerprint)));
}
