using System.Net;
using System.Text.Json;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// A tenant's events from the change feed of its partition (latest-version mode,
/// <c>FeedRange.FromPartitionKey</c>): every write of the partition in order, of which the event
/// documents are kept and everything else passed over. Each instance reads the same feed, so a
/// position from one serves on any other. See ChangeFeedPosition for how positions name single events.
/// Followed: learn.microsoft.com/azure/cosmos-db/nosql/change-feed-pull-model.
/// </summary>
internal sealed class CosmosBookingEventFeed(CosmosStore store) : IBookingEventFeed
{
    private const int PageSize = 100;
    private const int PagesPerRead = 10;

    public async Task<string> EndAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var iterator = store.Container.GetChangeFeedIterator<JsonElement>(
            ChangeFeedStartFrom.Now(FeedRange.FromPartitionKey(new PartitionKey(tenantId))), ChangeFeedMode.LatestVersion);
        var page = await iterator.ReadNextAsync(cancellationToken);
        return new ChangeFeedPosition(page.ContinuationToken, 0).Encode();
    }

    public bool IsPosition(string position) => ChangeFeedPosition.TryDecode(position, out _);

    public async Task<EventFeedPage> ReadAsync(string tenantId, string position, CancellationToken cancellationToken)
    {
        var start = ChangeFeedPosition.Decode(position);
        var events = new List<PositionedEvent>();
        var pageStart = start.Continuation;
        var toSkip = start.Skip;
        using var iterator = store.Container.GetChangeFeedIterator<JsonElement>(
            ChangeFeedStartFrom.ContinuationToken(pageStart), ChangeFeedMode.LatestVersion, new ChangeFeedRequestOptions { PageSizeHint = PageSize });
        for (var read = 0; read < PagesPerRead && iterator.HasMoreResults; read++)
        {
            var page = await iterator.ReadNextAsync(cancellationToken);
            if (page.StatusCode == HttpStatusCode.NotModified)
            {
                return new EventFeedPage(events, new ChangeFeedPosition(page.ContinuationToken, toSkip).Encode());
            }

            var inPage = Events(tenantId, page).ToList();
            for (var i = 0; i < inPage.Count; i++)
            {
                if (toSkip > 0)
                {
                    toSkip--;
                    continue;
                }

                var after = i == inPage.Count - 1 ? new ChangeFeedPosition(page.ContinuationToken, 0) : new ChangeFeedPosition(pageStart, i + 1);
                events.Add(new PositionedEvent(inPage[i], after.Encode()));
            }

            pageStart = page.ContinuationToken;
        }

        return new EventFeedPage(events, new ChangeFeedPosition(pageStart, toSkip).Encode());
    }

    /// <summary>The event documents of a page, in feed order; the partition's other writes are not events.</summary>
    private static IEnumerable<BookingEvent> Events(string tenantId, FeedResponse<JsonElement> page) =>
        page.Where(d => d.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == DocumentTypes.AnalyticsEvent)
            .Select(d => d.Deserialize<AnalyticsEventDocument>(AppJson.Options)!)
            .Where(d => d.TenantId == tenantId)
            .Select(BookingEventMapper.ToDomain);
}
