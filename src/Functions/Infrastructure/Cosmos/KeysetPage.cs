using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// One keyset page of a single-partition query ordered by a sort key, then id: <c>TOP n+1</c> after
/// the last item of the previous page. The emulator cannot page with SDK continuation tokens, and
/// this costs the same on real Cosmos DB whichever page is read. Ordering by a key other than id
/// needs a composite index (key, id) on the container.
/// </summary>
internal sealed record KeysetPage(string SortKey, bool Descending)
{
    private const string IdKey = "id";

    public PartitionQuery Query(IReadOnlyList<string> conditions, IReadOnlyDictionary<string, object> parameters, PageCursor? after, int limit)
    {
        var all = new List<string>(conditions);
        var values = new Dictionary<string, object>(parameters);
        var beyond = Descending ? "<" : ">";
        if (after is not null)
        {
            all.Add(SortKey == IdKey
                ? $"c.id {beyond} @afterId"
                : $"(c.{SortKey} {beyond} @afterKey OR (c.{SortKey} = @afterKey AND c.id {beyond} @afterId))");
            values["@afterKey"] = after.SortKey;
            values["@afterId"] = after.Id;
        }

        var direction = Descending ? "DESC" : "ASC";
        var orderBy = SortKey == IdKey ? $"c.id {direction}" : $"c.{SortKey} {direction}, c.id {direction}";
        return new PartitionQuery(all.Count == 0 ? null : string.Join(" AND ", all), orderBy, limit + 1) { Parameters = values };
    }

    /// <summary>The first <paramref name="limit"/> results and, when the query found one more, the cursor after the last of them.</summary>
    public static Page<TDomain> Of<TDocument, TDomain>(
        IReadOnlyList<TDocument> results, int limit, Func<TDocument, string> sortKey, Func<TDocument, TDomain> map)
        where TDocument : Documents.CosmosDocument
    {
        var items = results.Take(limit).ToList();
        var next = results.Count > limit ? new PageCursor(sortKey(items[^1]), items[^1].Id) : null;
        return new Page<TDomain>([.. items.Select(map)], next);
    }
}
