using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Counts what the app asks of Cosmos DB, by kind of operation, to pin down the cost of a path.</summary>
public sealed class CosmosRequestCounter : RequestHandler
{
    private readonly ConcurrentQueue<(string Kind, string? Function)> operations = new();

    /// <summary>Operations made on behalf of one function (HTTP or queue); null means any.</summary>
    public IReadOnlyList<string> Operations(string? function = null) =>
        [.. operations.Where(o => function is null || o.Function == function).Select(o => o.Kind)];

    public int Count(string kind, string? function = null) => Operations(function).Count(o => o == kind);

    public void Reset() => operations.Clear();

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        // Item writes and queries are POSTs to the container; point operations address /docs/{id}.
        if (request.Method == HttpMethod.Post || request.RequestUri.OriginalString.Contains("/docs/", StringComparison.Ordinal))
        {
            operations.Enqueue((Classify(request), LocalHost.FunctionScope.Current));
        }

        return base.SendAsync(request, cancellationToken);
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
}
