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
/// a period of thousands of bookings travels as small rows (see docs/performance.md, "Dashboard"),
/// read in keyset pages by id: the emulator cannot follow the SDK's continuation past one page, and a
/// keyset page costs Cosmos DB no more. Dates are ISO texts and compare as such; payment times are Unix milliseconds.
/// </summary>
internal sealed class CosmosDashboardFacts(CosmosStore store) : IDashboardFacts
{
    /// <summary>Customer ids per earlier-bookings query: keeps each query's text well under Cosmos DB's limit.</summary>
    private const int CustomersPerQuery = 500;

    private const int PageSize = 200;

    private const string BookingColumns =
        "c.id, c.localDate, c.status, c.holdExpiresAt, c.serviceId, c.staffId, c.start, c[\"end\"] AS ends, c.priceMinor, c.productsMinor, c.currency, c.customerId";

    public async Task<IReadOnlyList<BookingFact>> BookingsAsync(
        string tenantId, LocalDate first, LocalDate last, string? staffId, CancellationToken cancellationToken)
    {
        var filter = "c.localDate >= @first AND c.localDate <= @last" + (staffId is null ? string.Empty : " AND c.staffId = @staffId");
        var rows = await AllAsync<BookingRow>(tenantId, DocumentTypes.Appointment, filter, BookingColumns,
            new Dictionary<string, object> { ["@first"] = Text(first), ["@last"] = Text(last), ["@staffId"] = staffId ?? string.Empty }, r => r.Id, cancellationToken);
        return [.. rows.Select(r => new BookingFact(r.Id, r.LocalDate, r.Status, r.HoldExpiresAt, r.ServiceId, r.StaffId, r.Start, r.Ends,
            new Money(r.PriceMinor, r.Currency), new Money(r.ProductsMinor ?? 0, r.Currency), r.CustomerId))];
    }

    public async Task<IReadOnlySet<string>> EarlierCustomersAsync(
        string tenantId, LocalDate before, IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in customerIds.Chunk(CustomersPerQuery))
        {
            var rows = await AllAsync<CustomerRow>(tenantId, DocumentTypes.Appointment,
                "c.localDate < @before AND c.status IN ('confirmed', 'completed', 'noShow') AND ARRAY_CONTAINS(@ids, c.customerId)", "c.id, c.customerId",
                new Dictionary<string, object> { ["@before"] = Text(before), ["@ids"] = chunk }, r => r.Id, cancellationToken);
            found.UnionWith(rows.Select(r => r.CustomerId));
        }

        return found;
    }

    public async Task<IReadOnlyList<DepositTotals>> DepositsAsync(string tenantId, Interval period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.Start.ToUnixTimeMilliseconds(), period.End.ToUnixTimeMilliseconds());
        var rows = await AllAsync<PaymentRow>(tenantId, DocumentTypes.Payment,
            "(c.paidAtMs >= @from AND c.paidAtMs < @to) OR (c.refundedAtMs >= @from AND c.refundedAtMs < @to)", "c.id, c.amountMinor, c.currency, c.paidAtMs, c.refundedAtMs",
            new Dictionary<string, object> { ["@from"] = from, ["@to"] = to }, r => r.Id, cancellationToken);
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
        var rows = await AllAsync<EventRow>(tenantId, DocumentTypes.AnalyticsEvent, PeriodFilter, "c.id, c.kind", Dates(first, last), r => r.Id, cancellationToken);
        return rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>A sum over no documents may come back as no row at all: that is none.</summary>
    public async Task<long> SlotViewsAsync(string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken) =>
        await store.ProjectAsync<long?>(tenantId, DocumentTypes.AnalyticsCounter,
            new PartitionQuery(PeriodFilter) { Select = "VALUE SUM(c.slotViews)", Parameters = Dates(first, last) }, cancellationToken) is [{ } sum, ..] ? sum : 0;

    private const string PeriodFilter = "c.localDate >= @first AND c.localDate <= @last";

    private static Dictionary<string, object> Dates(LocalDate first, LocalDate last) => new() { ["@first"] = Text(first), ["@last"] = Text(last) };

    /// <summary>Every row of a projection, one keyset page of <see cref="PageSize"/> after another in id order.</summary>
    private async Task<List<TRow>> AllAsync<TRow>(
        string tenantId, string type, string filter, string select, Dictionary<string, object> parameters, Func<TRow, string> idOf,
        CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        var after = string.Empty;
        while (true)
        {
            var query = new PartitionQuery($"({filter}) AND c.id > @afterId", "c.id", PageSize)
            {
                Select = select,
                Parameters = new Dictionary<string, object>(parameters) { ["@afterId"] = after },
            };
            var page = await store.ProjectAsync<TRow>(tenantId, type, query, cancellationToken);
            rows.AddRange(page);
            if (page.Count < PageSize)
            {
                return rows;
            }

            after = idOf(page[^1]);
        }
    }

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

    private sealed record CustomerRow(string Id, string CustomerId);

    private sealed record EventRow(string Id, BookingEventKind Kind);

    private sealed record PaymentRow(string Id, long AmountMinor, string Currency, long? PaidAtMs, long? RefundedAtMs);
}
