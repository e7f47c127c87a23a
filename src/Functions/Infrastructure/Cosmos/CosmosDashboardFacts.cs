using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The dashboard's reads: single-partition queries that project only the fields the figures need, so
/// a period of thousands of bookings travels as small rows (see docs/performance.md, "Dashboard").
/// Dates are ISO texts and compare as such; payment times are Unix milliseconds.
/// </summary>
internal sealed class CosmosDashboardFacts(CosmosStore store) : IDashboardFacts
{
    /// <summary>Customer ids per earlier-bookings query: keeps each query's text well under Cosmos DB's limit.</summary>
    private const int CustomersPerQuery = 500;

    private const string BookingColumns =
        "c.id, c.localDate, c.status, c.holdExpiresAt, c.serviceId, c.staffId, c.start, c[\"end\"] AS ends, c.priceMinor, c.productsMinor, c.currency, c.customerId";

    public async Task<IReadOnlyList<BookingFact>> BookingsAsync(
        string tenantId, LocalDate first, LocalDate last, string? staffId, CancellationToken cancellationToken)
    {
        var filter = "c.localDate >= @first AND c.localDate <= @last" + (staffId is null ? string.Empty : " AND c.staffId = @staffId");
        var query = new PartitionQuery(filter)
        {
            Select = BookingColumns,
            Parameters = new Dictionary<string, object> { ["@first"] = Text(first), ["@last"] = Text(last), ["@staffId"] = staffId ?? string.Empty },
        };
        var rows = await store.ProjectAsync<BookingRow>(tenantId, DocumentTypes.Appointment, query, cancellationToken);
        return [.. rows.Select(r => new BookingFact(r.Id, r.LocalDate, r.Status, r.HoldExpiresAt, r.ServiceId, r.StaffId, r.Start, r.Ends,
            new Money(r.PriceMinor, r.Currency), new Money(r.ProductsMinor ?? 0, r.Currency), r.CustomerId))];
    }

    public async Task<IReadOnlySet<string>> EarlierCustomersAsync(
        string tenantId, LocalDate before, IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in customerIds.Chunk(CustomersPerQuery))
        {
            var query = new PartitionQuery("c.localDate < @before AND c.status IN ('confirmed', 'completed', 'noShow') AND ARRAY_CONTAINS(@ids, c.customerId)")
            {
                Select = "VALUE c.customerId",
                Parameters = new Dictionary<string, object> { ["@before"] = Text(before), ["@ids"] = chunk },
            };
            found.UnionWith(await store.ProjectAsync<string>(tenantId, DocumentTypes.Appointment, query, cancellationToken));
        }

        return found;
    }

    public async Task<IReadOnlyList<DepositTotals>> DepositsAsync(string tenantId, Interval period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.Start.ToUnixTimeMilliseconds(), period.End.ToUnixTimeMilliseconds());
        var query = new PartitionQuery("(c.paidAtMs >= @from AND c.paidAtMs < @to) OR (c.refundedAtMs >= @from AND c.refundedAtMs < @to)")
        {
            Select = "c.amountMinor, c.currency, c.paidAtMs, c.refundedAtMs",
            Parameters = new Dictionary<string, object> { ["@from"] = from, ["@to"] = to },
        };
        var rows = await store.ProjectAsync<PaymentRow>(tenantId, DocumentTypes.Payment, query, cancellationToken);
        bool In(long? at) => at >= from && at < to;
        return [.. rows.GroupBy(r => r.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DepositTotals(
            g.Key,
            g.Where(r => In(r.PaidAtMs)).Sum(r => r.AmountMinor),
            g.Count(r => In(r.PaidAtMs)),
            g.Where(r => In(r.RefundedAtMs)).Sum(r => r.AmountMinor),
            g.Count(r => In(r.RefundedAtMs))))];
    }

    public async Task<IReadOnlyDictionary<BookingEventKind, int>> EventCountsAsync(
        string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var kinds = await store.ProjectAsync<BookingEventKind>(tenantId, DocumentTypes.AnalyticsEvent, Between(first, last, "VALUE c.kind"), cancellationToken);
        return kinds.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>A sum over no documents may come back as no row at all: that is none.</summary>
    public async Task<long> SlotViewsAsync(string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken) =>
        await store.ProjectAsync<long?>(tenantId, DocumentTypes.AnalyticsCounter, Between(first, last, "VALUE SUM(c.slotViews)"), cancellationToken)
            is [{ } sum, ..] ? sum : 0;

    private static PartitionQuery Between(LocalDate first, LocalDate last, string select) =>
        new("c.localDate >= @first AND c.localDate <= @last")
        {
            Select = select,
            Parameters = new Dictionary<string, object> { ["@first"] = Text(first), ["@last"] = Text(last) },
        };

    private static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private sealed record BookingRow(
        string Id,
        LocalDate LocalDate,
        BookingStatus Status,
        Instant? HoldExpiresAt,
        string ServiceId,
        string StaffId,
        Instant Start,
        Instant Ends,
        long PriceMinor,
        long? ProductsMinor,
        string Currency,
        string CustomerId);

    private sealed record PaymentRow(long AmountMinor, string Currency, long? PaidAtMs, long? RefundedAtMs);
}
