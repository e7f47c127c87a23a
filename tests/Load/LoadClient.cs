using System.Diagnostics;

namespace AppointmentBooking.Load;

/// <summary>Sends the driver's requests over loopback, times each one and gives it its own trace.</summary>
internal sealed class LoadClient(HttpClient http, RequestTrace trace)
{
    public RequestTrace Trace => trace;

    /// <param name="keepBody">False drops a successful answer's body once read (month views are large, and thousands are kept for the report).</param>
    public async Task<Attempt> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken, bool keepBody = true)
    {
        var (traceId, header) = trace.Begin();
        message.Headers.Add("traceparent", header);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new Attempt((int)response.StatusCode, elapsed, keepBody || !response.IsSuccessStatusCode ? body : null, traceId);
        }
        catch (HttpRequestException exception)
        {
            return new Attempt(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.ToString(), traceId);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "client timeout: " + exception.Message, traceId);
        }
    }

    public Task<Attempt> GetAsync(string relativeUri, CancellationToken cancellationToken, bool keepBody = true)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, new Uri(relativeUri, UriKind.Relative));
        return SendDisposingAsync(message, cancellationToken, keepBody);
    }

    public Task<Attempt> GetWithTokenAsync(string relativeUri, string token, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, new Uri(relativeUri, UriKind.Relative));
        message.Headers.Add("Booking-Access-Token", token);
        return SendDisposingAsync(message, cancellationToken);
    }

    public Task<Attempt> PostAsync(string relativeUri, HttpContent? content, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(relativeUri, UriKind.Relative)) { Content = content };
        foreach (var (name, value) in headers)
        {
            message.Headers.Add(name, value);
        }

        return SendDisposingAsync(message, cancellationToken);
    }

    private async Task<Attempt> SendDisposingAsync(HttpRequestMessage message, CancellationToken cancellationToken, bool keepBody = true)
    {
        using (message)
        {
            return await SendAsync(message, cancellationToken, keepBody);
        }
    }
}
