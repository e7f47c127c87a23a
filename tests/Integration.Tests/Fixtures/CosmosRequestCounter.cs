using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>One request the app made to Cosmos DB, as the counter saw it.</summary>
/// <param name="Kind">read, query, create, replace, upsert, patch or delete.</param>
/// <param name="Function">The function it was made for (HTTP, queue or activity); null outside any.</param>
/// <param name="Status">The HTTP status of the answer (412 for a lost ETag race).</param>
/// <param name="Documents">Documents the answer carried: the page's item count for a query, 1 for a found point read.</param>
/// <param name="RequestBytes">The body sent (the document of a write, the query text of a query).</param>
/// <param name="ResponseBytes">The body received.</param>
/// <param name="PartitionKey">The partition key header as sent (a JSON array holding the tenant id); null when none was sent.</param>
public sealed record CosmosOperation(string Kind, string? Function, int Status, int Documents, long RequestBytes, long ResponseBytes, string? PartitionKey)
{
    /// <summary>Whether the operation addressed the tenant's partition.</summary>
    public bool IsFor(string tenantId) => PartitionKey == $"[\"{tenantId}\"]";
}

/// <summary>
/// Counts what the app asks of Cosmos DB, by kind of operation, to pin down the cost of a path. Shared
/// by the integration tests and the load driver (linked into tests/Load), so both count the same way.
/// </summary>
public sealed class CosmosRequestCounter : RequestHandler
{
    private readonly ConcurrentQueue<CosmosOperation> operations = new();

    /// <summary>Operations made on behalf of one function (HTTP or queue); null means any.</summary>
    public IReadOnlyList<string> Operations(string? function = null) => [.. Records(function).Select(o => o.Kind)];

    /// <summary>Everything recorded for one function (null: any), in the order the answers came.</summary>
    public IReadOnlyList<CosmosOperation> Records(string? function = null) =>
        [.. operations.Where(o => function is null || o.Function == function)];

    public int Count(string kind, string? function = null) => Operations(function).Count(o => o == kind);

    /// <summary>
    /// The kinds of the operations on one tenant's partition: what a test's own calls cost, apart from
    /// background work (reminder scans, sagas, queue functions) of other tenants running meanwhile.
    /// </summary>
    public IReadOnlyList<string> OperationsOn(string tenantId) => [.. operations.Where(o => o.IsFor(tenantId)).Select(o => o.Kind)];

    public void Reset() => operations.Clear();

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        // Item writes and queries are POSTs to the container; point operations address /docs/{id}.
        var counted = request.Method == HttpMethod.Post || request.RequestUri.OriginalString.Contains("/docs/", StringComparison.Ordinal);
        var kind = counted ? Classify(request) : null;
        var function = LocalHost.FunctionScope.Current;
        var sent = LengthOf(request.Content);
        var response = await base.SendAsync(request, cancellationToken);
        if (kind is not null)
        {
            operations.Enqueue(new CosmosOperation(
                kind, function, (int)response.StatusCode, DocumentsIn(kind, response), sent, LengthOf(response.Content), request.Headers["x-ms-documentdb-partitionkey"]));
        }

        return response;
    }

    private static string Classify(RequestMessage request) => request.Method.Method switch
    {
        "GET" => "read",
        "PUT" => "replace",
        "DELETE" => "delete",
        "PATCH" => "patch",
        _ when request.Headers["x-ms-documentdb-isquery"] is "True" or "true" => "query",
        _ when request.Headers["x-ms-documentdb-is-upsert"] is "True" or "true" => "upsert",
        _ when request.Headers.ContentType?.Contains("query", StringComparison.OrdinalIgnoreCase) == true => "query",
        _ => "create",
    };

    private static int DocumentsIn(string kind, ResponseMessage response) => kind switch
    {
        "query" => int.TryParse(response.Headers["x-ms-item-count"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0,
        "read" => response.IsSuccessStatusCode ? 1 : 0,
        _ => 0,
    };

    private static long LengthOf(Stream? content) => content is { CanSeek: true } ? content.Length : 0;
}
