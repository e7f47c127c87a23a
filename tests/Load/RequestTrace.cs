using System.Collections.Concurrent;
using System.Diagnostics;

namespace AppointmentBooking.Load;

/// <summary>A Cosmos DB or Storage queue call a request made, as its activity recorded it.</summary>
internal readonly record struct TracedCall(string Source, string Operation, int Status, double Milliseconds);

/// <summary>What the app did for one request: its own duration and the calls it made.</summary>
internal sealed class TracedRequest
{
    public double ServerMilliseconds { get; set; }

    public ConcurrentQueue<TracedCall> Calls { get; } = new();
}

/// <summary>
/// Where a request's time went, from the app's own activities: the driver gives every request its own
/// trace id (a <c>traceparent</c> header), Kestrel starts the request's activity under it, and the Cosmos
/// DB and Storage queue calls the request makes are activities of the same trace. Only traces the
/// driver started are recorded, so the background functions (queues, sagas) cost nothing here.
/// </summary>
internal sealed class RequestTrace : IDisposable
{
    public const string Cosmos = "cosmos";
    public const string Queue = "queue";

    private readonly ConcurrentDictionary<ActivityTraceId, TracedRequest> traces = new();
    private readonly ActivityListener listener;

    public RequestTrace()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore" || source.Name.StartsWith("Azure.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                traces.ContainsKey(options.TraceId) ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>A new trace for a request about to be sent; its header value goes into <c>traceparent</c>.</summary>
    public (ActivityTraceId TraceId, string Header) Begin()
    {
        var traceId = ActivityTraceId.CreateRandom();
        traces[traceId] = new TracedRequest();
        return (traceId, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
    }

    public TracedRequest? Find(ActivityTraceId traceId) => traces.TryGetValue(traceId, out var found) ? found : null;

    /// <summary>Forgets every trace (between runs, so memory measures the app, not this record).</summary>
    public void Clear() => traces.Clear();

    public void Dispose() => listener.Dispose();

    private void Record(Activity activity)
    {
        if (!traces.TryGetValue(activity.TraceId, out var request))
        {
            return;
        }

        var source = activity.Source.Name;
        if (source == "Microsoft.AspNetCore")
        {
            request.ServerMilliseconds = activity.Duration.TotalMilliseconds;
        }
        else if (source == "Azure.Cosmos.Operation")
        {
            request.Calls.Enqueue(new TracedCall(Cosmos, activity.DisplayName, StatusOf(activity), activity.Duration.TotalMilliseconds));
        }
        else if (source.StartsWith("Azure.Storage.Queues", StringComparison.Ordinal))
        {
            request.Calls.Enqueue(new TracedCall(Queue, activity.DisplayName, 0, activity.Duration.TotalMilliseconds));
        }
    }

    private static int StatusOf(Activity activity) =>
        (activity.GetTagItem("db.response.status_code") ?? activity.GetTagItem("db.cosmosdb.status_code")) is { } status
        && int.TryParse(status.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? code
            : 0;
}
