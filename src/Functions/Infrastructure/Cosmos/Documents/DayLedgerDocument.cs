using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// All claims on one staff member's local date. Every booking change on that day replaces this
/// one document under its ETag, which is what makes a double booking impossible.
/// </summary>
public sealed record DayLedgerDocument : CosmosDocument
{
    public override string Type => DocumentTypes.DayLedger;

    public required string StaffId { get; init; }

    public required LocalDate Date { get; init; }

    public IReadOnlyList<LedgerEntryDocument> Entries { get; init; } = [];

    public static string IdFor(string staffId, LocalDate date) =>
        $"ledger-{staffId}-{date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
