using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The app's only door to the container. Queries always run inside one tenant partition with
/// optimistic direct execution, the form both real Cosmos DB and the local emulator serve cheaply.
/// </summary>
public sealed class CosmosStore(Container container)
{
    public const string PartitionKeyPath = "/tenantId";

    public Container Container { get; } = container;

    public async Task<T?> ReadAsync<T>(string tenantId, string id, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        try
        {
            var response = await Container.ReadItemAsync<T>(id, new PartitionKey(tenantId), cancellationToken: cancellationToken);
            return response.Resource with { ETag = response.ETag };
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the document with that id if it is of <paramref name="type"/>; null when there is none or it is
    /// another kind of document. For ids that come from callers, who may name any document of the partition.
    /// </summary>
    public async Task<T?> ReadAsync<T>(string tenantId, string id, string type, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        using var response = await Container.ReadItemStreamAsync(id, new PartitionKey(tenantId), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        return document.RootElement.TryGetProperty("type", out var stored) && stored.ValueKind == JsonValueKind.String && stored.GetString() == type
            ? document.RootElement.Deserialize<T>(AppJson.Options)! with { ETag = response.Headers.ETag }
            : null;
    }

    public async Task<T> UpsertAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        var response = await Container.UpsertItemAsync(document with { ETag = null }, new PartitionKey(document.TenantId), cancellationToken: cancellationToken);
        return document with { ETag = response.ETag };
    }

    /// <summary>Creates the document; null when one with its id already exists (409).</summary>
    public async Task<T?> TryCreateAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        try
        {
            var response = await Container.CreateItemAsync(document with { ETag = null }, new PartitionKey(document.TenantId),
                cancellationToken: cancellationToken);
            return document with { ETag = response.ETag };
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    /// <summary>Replaces the document if nobody changed it since it was read; null when somebody did (412).</summary>
    public async Task<T?> TryReplaceAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        var etag = document.ETag ?? throw new ArgumentException("Replace needs the ETag the document was read with.", nameof(document));
        try
        {
            var response = await Container.ReplaceItemAsync(document with { ETag = null }, document.Id, new PartitionKey(document.TenantId),
                new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
            return document with { ETag = response.ETag };
        }
        catch (CosmosException exception) when (exception.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Deletes the document if it is still at <paramref name="etag"/>; false when it changed since or is gone.</summary>
    public async Task<bool> TryDeleteAsync<T>(string tenantId, string id, string etag, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        try
        {
            await Container.DeleteItemAsync<T>(id, new PartitionKey(tenantId), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Deletes the document whatever its state; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync<T>(string tenantId, string id, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        try
        {
            await Container.DeleteItemAsync<T>(id, new PartitionKey(tenantId), cancellationToken: cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Applies <paramref name="operations"/> to the document in place (no ETag: increments add up); false when there is no such document.</summary>
    public async Task<bool> TryPatchAsync<T>(string tenantId, string id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        try
        {
            await Container.PatchItemAsync<T>(id, new PartitionKey(tenantId), operations, cancellationToken: cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Creates the document when it has no ETag yet, otherwise replaces it under its ETag; null when another writer won.</summary>
    public Task<T?> TryWriteAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument =>
        document.ETag is null ? TryCreateAsync(document, cancellationToken) : TryReplaceAsync(document, cancellationToken);

    /// <summary>
    /// Runs <c>SELECT [TOP n] * FROM c WHERE c.tenantId = @tenantId AND c.type = @type AND (filter) [orderBy]</c>.
    /// With <c>TOP n</c> the page size (MaxItemCount) is n too, so the service has no reason to split the
    /// answer into pages by count: one round trip, and nothing the local emulator would have to continue.
    /// </summary>
    public Task<IReadOnlyList<T>> QueryAsync<T>(
        string tenantId, string type, PartitionQuery query, CancellationToken cancellationToken)
        where T : CosmosDocument =>
        ProjectAsync<T>(tenantId, type, query, cancellationToken);

    /// <summary>Runs the query with its projection (<see cref="PartitionQuery.Select"/>): rows that need not be whole documents.</summary>
    public async Task<IReadOnlyList<T>> ProjectAsync<T>(
        string tenantId, string type, PartitionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = query.ToDefinition(tenantId, type);
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(tenantId),
            EnableOptimisticDirectExecution = true,
            MaxItemCount = query.Top,
        };
        var results = new List<T>();
        using var iterator = Container.GetItemQueryIterator<T>(definition, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            results.AddRange(await iterator.ReadNextAsync(cancellationToken));
        }

        return results;
    }
}
