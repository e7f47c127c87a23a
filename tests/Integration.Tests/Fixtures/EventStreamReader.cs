using System.Text;
using System.Text.Json;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>One server-sent event as a browser's EventSource would see it.</summary>
public sealed record StreamedEvent(string Id, string Type, JsonElement Data);

/// <summary>
/// Reads a text/event-stream response the way EventSource parses it (fields until a blank line;
/// comment lines start with a colon), so tests see exactly what a dashboard page would.
/// </summary>
public sealed class EventStreamReader(HttpResponseMessage response) : IAsyncDisposable
{
    private StreamReader? reader;

    /// <summary>Comment lines read so far (heartbeats and the greeting).</summary>
    public List<string> Comments { get; } = [];

    /// <summary>The next event, or null when none arrives within <paramref name="timeout"/> or the stream ends.</summary>
    public async Task<StreamedEvent?> NextAsync(TimeSpan timeout)
    {
        reader ??= new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        using var cancel = new CancellationTokenSource(timeout);
        string? id = null, type = null;
        var data = new StringBuilder();
        try
        {
            while (await reader.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Length > 0)
                    {
                        return new StreamedEvent(id ?? string.Empty, type ?? "message", JsonDocument.Parse(data.ToString()).RootElement.Clone());
                    }

                    continue;
                }

                if (line.StartsWith(':'))
                {
                    Comments.Add(line[1..].Trim());
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var (field, value) = colon < 0 ? (line, string.Empty) : (line[..colon], line[(colon + 1)..].TrimStart(' '));
                switch (field)
                {
                    case "id": id = value; break;
                    case "event": type = value; break;
                    case "data": data.Append(value); break;
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }

        return null;
    }

    /// <summary>Every event that arrives until none comes for <paramref name="quiet"/>.</summary>
    public async Task<List<StreamedEvent>> DrainAsync(TimeSpan quiet)
    {
        var events = new List<StreamedEvent>();
        while (await NextAsync(quiet) is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        reader?.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
