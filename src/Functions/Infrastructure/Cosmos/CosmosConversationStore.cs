using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Conversations as documents in their tenant's partition; versions are ETags, each write renews the TTL.
/// Listings page with a keyset cursor on <see cref="ConversationDocument.SortKey"/> (the emulator serves no
/// continuation paging, and a cursor is also the cheap way on Cosmos DB).
/// </summary>
internal sealed class CosmosConversationStore(CosmosStore store) : IConversationStore
{
    private const int PageSize = 200;

    public async Task<Conversation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        await store.ReadAsync<ConversationDocument>(tenantId, conversationId, cancellationToken) is { } document
            ? ConversationMapper.ToDomain(document)
            : null;

    public async Task<Conversation?> TrySaveAsync(Conversation conversation, Duration keepFor, CancellationToken cancellationToken) =>
        await store.TryWriteAsync(ConversationMapper.ToDocument(conversation, keepFor), cancellationToken) is { ETag: { } version }
            ? conversation.Stored(version)
            : null;

    public async Task<IReadOnlyList<Conversation>> ListStartedAsync(string tenantId, Interval started, CancellationToken cancellationToken)
    {
        var from = started.HasStart ? started.Start.ToUnixTimeMilliseconds() : long.MinValue;
        var to = started.HasEnd ? started.End.ToUnixTimeMilliseconds() : long.MaxValue;
        var found = new List<Conversation>();
        var after = string.Empty;
        while (true)
        {
            var page = await store.QueryAsync<ConversationDocument>(tenantId, DocumentTypes.Conversation, Page(from, to, after), cancellationToken);
            found.AddRange(page.Select(ConversationMapper.ToDomain));
            if (page.Count < PageSize)
            {
                return found;
            }

            after = page[^1].SortKey;
        }
    }

    private static PartitionQuery Page(long from, long to, string after) =>
        new("c.startedAtMs >= @from AND c.startedAtMs < @to AND c.sortKey > @after", "c.sortKey", PageSize)
        {
            Parameters = new Dictionary<string, object> { ["@from"] = from, ["@to"] = to, ["@after"] = after },
        };
}
