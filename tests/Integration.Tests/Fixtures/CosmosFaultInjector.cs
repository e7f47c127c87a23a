using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Answers the next Cosmos request that matches with a chosen failure, to test what a failed write leaves behind.</summary>
public sealed class CosmosFaultInjector : RequestHandler
{
    private readonly ConcurrentQueue<(Func<RequestMessage, bool> Matches, HttpStatusCode Status)> faults = new();

    public void FailNext(Func<RequestMessage, bool> matches, HttpStatusCode status) => faults.Enqueue((matches, status));

    public void Clear() => faults.Clear();

    /// <summary>How many armed failures have not happened yet: a test whose failure never happened proved nothing.</summary>
    public int Pending => faults.Count;

    /// <summary>Whether the request writes a document whose JSON contains <paramref name="text"/>.</summary>
    public static bool Writes(RequestMessage request, string text)
    {
        if (request.Content is not { CanSeek: true } content)
        {
            return false;
        }

        var position = content.Position;
        using var reader = new StreamReader(content, leaveOpen: true);
        var body = reader.ReadToEnd();
        content.Position = position;
        return body.Contains(text, StringComparison.Ordinal);
    }

    public static bool IsItemCreate(RequestMessage request) =>
        request.Method == HttpMethod.Post
        && request.Headers["x-ms-documentdb-isquery"] is null
        && request.Headers["x-ms-documentdb-is-upsert"] is null;

    public static bool IsReplaceOf(RequestMessage request, string id) =>
        request.Method == HttpMethod.Put && request.RequestUri.OriginalString.EndsWith("/docs/" + id, StringComparison.Ordinal);

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (faults.TryPeek(out var fault) && fault.Matches(request) && faults.TryDequeue(out _))
        {
            return Task.FromResult(new ResponseMessage(fault.Status, request, errorMessage: "injected by the test"));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
